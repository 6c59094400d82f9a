using System.Runtime.Versioning;
using ConfigAgent.Engine;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Platforms.Local;

/// <summary>
/// The host-wide run lock: an exclusive flock(2) on <c>lock</c> in the state directory, shared by
/// the CLI and the agent. The lock is the open file itself, released when the process ends however
/// it ends (a SIGKILL leaves the file, never a lock). The file is opened under the root without
/// following a link (<see cref="LocalFileSystem.OpenLockFile"/>).
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class FileRunLock(LocalFileSystem files, string path, TimeProvider clock) : IRunLock
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public IDisposable Acquire(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var file = files.OpenLockFile(path);
        try
        {
            var started = clock.GetTimestamp();
            while (UnixCalls.Lock(file, UnixCalls.LockExclusive | UnixCalls.LockNonBlocking) != 0)
            {
                var errno = UnixCalls.LastError;
                if (errno == 4)
                {
                    continue; // EINTR
                }

                if (errno != ErrnoPhrases.WouldBlock)
                {
                    throw new HostFileException("lock", files.Resolve(path), errno);
                }

                var waited = clock.GetElapsedTime(started);
                if (waited >= timeout)
                {
                    throw new RunLockTimeoutException(files.Resolve(path), waited);
                }

                var remaining = timeout - waited;
                Task.Delay(remaining < Poll ? remaining : Poll, clock, cancellationToken).GetAwaiter().GetResult();
            }

            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }
}
