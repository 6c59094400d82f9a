using ConfigAgent.Compilation;
using ConfigAgent.HostAccess;
using ConfigAgent.Platforms.Commands;
using ConfigAgent.Platforms.Windows.Commands;

namespace ConfigAgent.Platforms.Windows;

/// <summary>
/// Registers the Windows platform: its compiler, and its observer and executor (netsh, devcon) over
/// any transport. ConfigAgent does not run on Windows itself: Windows hosts are planned from
/// recorded facts or a capture, and reached through a transport (SSH). netsh settings persist by
/// themselves, so the host's files are never written.
/// </summary>
internal static class WindowsModule
{
    public const string Name = "windows";

    public static TimeSpan CommandTimeout { get; } = TimeSpan.FromSeconds(60);

    public static IPlatform Platform { get; } = new WindowsPlatform();

    private static CommandPlatform Commands { get; } = new(
        Platform,
        WindowsCaptures.FileName,
        transport => new WindowsHostObserver(transport, CommandTimeout),
        (transport, _) => new WindowsChangeExecutor(transport.Commands, CommandTimeout));

    /// <summary>A Windows host reached through <paramref name="runner"/> and <paramref name="files"/> (SSH, say).</summary>
    public static RemoteHost Remote(ICommandRunner runner, IFileSystem files, RemoteHostOptions options) => Commands.Remote(runner, files, options);

    /// <summary>A Windows host as captured in <paramref name="directory"/> (README: "Facts for AIX and Windows").</summary>
    public static CapturedHost Captured(string directory, TimeProvider clock) => Commands.Captured(directory, clock);
}
