using ConfigAgent.Agent.Configuration;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Agent.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConfigAgent.Agent.Watching;

/// <summary>
/// A desired-state file that changes on disk starts a run: the new revision is validated and
/// converged to, or reported and refused while the last good one stays in force.
/// </summary>
public sealed partial class DesiredStateWatcher(AgentConfiguration configuration, RunRequests requests, ILogger<DesiredStateWatcher> log) : BackgroundService
{
    private readonly List<FileSystemWatcher> _watchers = [];

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var path in configuration.DesiredStatePaths.Select(configuration.RealPath))
        {
            var directory = Directory.Exists(path) ? path : Path.GetDirectoryName(path);
            if (directory is null || !Directory.Exists(directory))
            {
                LogNotWatched(path);
                continue;
            }

            var watcher = Directory.Exists(path)
                ? new FileSystemWatcher(path) { IncludeSubdirectories = true }
                : new FileSystemWatcher(directory, Path.GetFileName(path));
            watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
            watcher.Changed += (_, e) => Changed(e.FullPath);
            watcher.Created += (_, e) => Changed(e.FullPath);
            watcher.Deleted += (_, e) => Changed(e.FullPath);
            watcher.Renamed += (_, e) => Changed(e.FullPath);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }

        return Task.CompletedTask;
    }

    public override void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        base.Dispose();
    }

    private void Changed(string path)
    {
        LogChanged(path);
        requests.Request(RunTrigger.DesiredStateChange);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Desired state changed on disk: {Path}")]
    private partial void LogChanged(string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not watching {Path}: it does not exist (the schedule still reads it)")]
    private partial void LogNotWatched(string path);
}
