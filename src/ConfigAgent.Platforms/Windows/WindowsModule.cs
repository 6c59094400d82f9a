using ConfigAgent.Compilation;
using ConfigAgent.Engine;
using ConfigAgent.HostAccess;
using ConfigAgent.Observation;
using ConfigAgent.Platforms.Captured;

namespace ConfigAgent.Platforms.Windows;

/// <summary>
/// Registers the Windows platform: its compiler, its observer and executor over a command runner,
/// and the reader of captured netsh output. ConfigAgent does not run on Windows itself: Windows
/// hosts are planned from recorded facts.
/// </summary>
internal static class WindowsModule
{
    public const string Name = "windows";

    public static TimeSpan CommandTimeout { get; } = TimeSpan.FromSeconds(60);

    public static IPlatform Platform { get; } = new WindowsPlatform();

    public static IHostObserver Observer(ICommandRunner runner, TimeProvider clock) => new WindowsHostObserver(runner, clock, CommandTimeout);

    public static IChangeExecutor Executor(ICommandRunner runner) => new WindowsChangeExecutor(runner, CommandTimeout);

    public static CapturedHost Captured(string directory, TimeProvider clock)
    {
        var files = new CapturedFileSystem(directory);
        var observer = Observer(new CapturedCommandRunner(directory, WindowsCaptures.FileName), clock);
        return new CapturedHost(Platform, new CapturedObserver(observer, files, directory));
    }
}
