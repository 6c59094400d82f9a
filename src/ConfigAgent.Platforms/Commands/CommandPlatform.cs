using ConfigAgent.Compilation;
using ConfigAgent.Engine;
using ConfigAgent.Graph;
using ConfigAgent.HostAccess;
using ConfigAgent.Observation;
using ConfigAgent.Ownership;
using ConfigAgent.Platforms.Captured;

namespace ConfigAgent.Platforms.Commands;

/// <summary>
/// A platform driven by commands (AIX, Windows) apart from whatever carries its commands: its
/// compiler, the file a capture keeps each listing's output in, and how its observer and executor
/// are built over a transport. Local processes, a capture and SSH plug in here alike.
/// </summary>
/// <param name="executor">The executor over a transport, given the host's state directory (backups).</param>
internal sealed class CommandPlatform(
    IPlatform platform,
    Func<CommandLine, string?> captureFileName,
    Func<HostTransport, IHostObserver> observer,
    Func<HostTransport, string, IChangeExecutor> executor)
{
    /// <summary>The host reached through <paramref name="runner"/> and <paramref name="files"/>: observed and changed through them, its ledger in its state directory.</summary>
    public RemoteHost Remote(ICommandRunner runner, IFileSystem files, RemoteHostOptions options)
    {
        var transport = new HostTransport(runner, files, options.Clock, options.Source);
        return new RemoteHost(platform, observer(transport), executor(transport, options.StateDirectory), new LedgerStore(files, options.StateDirectory));
    }

    /// <summary>The host as captured in <paramref name="directory"/> (<c>facts --from</c>): the same observer, reading the capture.</summary>
    public CapturedHost Captured(string directory, TimeProvider clock)
    {
        var files = new CapturedFileSystem(directory);
        var captured = observer(new HostTransport(new CapturedCommandRunner(directory, captureFileName), files, clock));
        return new CapturedHost(platform, new CapturedObserver(captured, files, directory));
    }
}
