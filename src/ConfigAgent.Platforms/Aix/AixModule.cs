using ConfigAgent.Compilation;
using ConfigAgent.Engine;
using ConfigAgent.HostAccess;
using ConfigAgent.Persistence;
using ConfigAgent.Platforms.Aix.Commands;
using ConfigAgent.Platforms.Commands;
using ConfigAgent.Platforms.Templates;

namespace ConfigAgent.Platforms.Aix;

/// <summary>
/// Registers the AIX platform: its compiler, and its observer (ifconfig, netstat) and executor
/// (ifconfig, the boot script) over any transport. ConfigAgent does not run on AIX itself: AIX
/// hosts are planned from recorded facts or a capture, and reached through a transport (SSH).
/// </summary>
internal static class AixModule
{
    public const string Name = "aix";

    public static TimeSpan CommandTimeout { get; } = TimeSpan.FromSeconds(30);

    public static IPlatform Platform { get; } = new AixPlatform(TemplateCache.Shared);

    private static CommandPlatform Commands { get; } = new(
        Platform,
        AixCaptures.FileName,
        transport => new AixHostObserver(transport, CommandTimeout),
        (transport, stateDirectory) => new CommandHostExecutor(
            new CommandChangeExecutor(transport.Commands, CommandTimeout),
            new FileChangeExecutor(transport.Files, new BackupStore(transport.Files, stateDirectory, transport.Clock))));

    /// <summary>An AIX host reached through <paramref name="runner"/> and <paramref name="files"/> (SSH, say).</summary>
    public static RemoteHost Remote(ICommandRunner runner, IFileSystem files, RemoteHostOptions options) => Commands.Remote(runner, files, options);

    /// <summary>An AIX host as captured in <paramref name="directory"/> (README: "Facts for AIX and Windows").</summary>
    public static CapturedHost Captured(string directory, TimeProvider clock) => Commands.Captured(directory, clock);
}
