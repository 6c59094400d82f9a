using ConfigAgent.Compilation;
using ConfigAgent.Engine;
using ConfigAgent.HostAccess;
using ConfigAgent.Observation;
using ConfigAgent.Persistence;
using ConfigAgent.Platforms.Captured;
using ConfigAgent.Platforms.Commands;
using ConfigAgent.Platforms.Templates;

namespace ConfigAgent.Platforms.Aix;

/// <summary>
/// Registers the AIX platform: its compiler, its observer and executor over a command runner and
/// a file system, and the reader of captured command output. ConfigAgent does not run on AIX
/// itself: AIX hosts are planned from recorded facts.
/// </summary>
internal static class AixModule
{
    public const string Name = "aix";

    public static TimeSpan CommandTimeout { get; } = TimeSpan.FromSeconds(30);

    public static IPlatform Platform { get; } = new AixPlatform(TemplateCache.Shared);

    public static IHostObserver Observer(ICommandRunner runner, IFileSystem files, TimeProvider clock) =>
        new AixHostObserver(runner, files, clock, CommandTimeout);

    public static IChangeExecutor Executor(ICommandRunner runner, IFileSystem files, string stateDirectory, TimeProvider clock) =>
        new CommandHostExecutor(new CommandChangeExecutor(runner, CommandTimeout), new FileChangeExecutor(files, new BackupStore(files, stateDirectory, clock)));

    public static CapturedHost Captured(string directory, TimeProvider clock)
    {
        var files = new CapturedFileSystem(directory);
        var observer = Observer(new CapturedCommandRunner(directory, AixCaptures.FileName), files, clock);
        return new CapturedHost(Platform, new CapturedObserver(observer, files, directory));
    }
}
