using System.Runtime.Versioning;
using ConfigAgent.Engine;

namespace ConfigAgent.Platforms.Local;

/// <summary>
/// The host-wide run lock: an exclusive flock(2) on <c>lock</c> in the state directory. .NET
/// opens a file with FileShare.None under flock(LOCK_EX | LOCK_NB), so the lock is the open
/// stream itself, released when the process ends however it ends; the CLI and the agent share it.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class FileRunLock(string path, TimeProvider clock) : IRunLock
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public IDisposable Acquire(TimeSpan timeout, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var started = clock.GetTimestamp();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(path))
            {
                var waited = clock.GetElapsedTime(started);
                if (waited >= timeout)
                {
                    throw new RunLockTimeoutException(path, waited);
                }

                var remaining = timeout - waited;
                Task.Delay(remaining < Poll ? remaining : Poll, clock, cancellationToken).GetAwaiter().GetResult();
            }
        }
    }
}
