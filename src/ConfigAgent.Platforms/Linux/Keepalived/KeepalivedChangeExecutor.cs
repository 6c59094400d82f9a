using ConfigAgent.Engine;
using ConfigAgent.Graph;
using ConfigAgent.HostAccess;
using ConfigAgent.Observation;
using ConfigAgent.Persistence;

namespace ConfigAgent.Platforms.Linux.Keepalived;

/// <summary>
/// Sets the keepalived changes and hands every other change to the Linux executor: the
/// configuration (/etc/keepalived/keepalived.conf) only once keepalived's own --config-test accepts it (written beside the real
/// file first, so a refused file never replaces a good one), the unit through systemctl, and a
/// reload only counts as done once keepalived reports the new configuration.
/// </summary>
internal sealed class KeepalivedChangeExecutor(
    IChangeExecutor inner,
    FileChangeExecutor files,
    IFileSystem fileSystem,
    KeepalivedProgram program,
    CommandChangeExecutor commands,
    IHostObserver observer,
    TimeProvider clock) : IChangeExecutor
{
    /// <summary>The candidate's name beside the real file (a dot file: keepalived includes nothing by itself).</summary>
    public const string CandidatePath = "/etc/keepalived/.keepalived.conf.configagent-check";

    private static readonly TimeSpan ReloadTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ReloadPoll = TimeSpan.FromMilliseconds(100);

    public AppliedStep Apply(Change change, CancellationToken cancellationToken) => change switch
    {
        FileChange { Resource: FileResource { Path: KeepalivedPaths.Configuration } } file => ApplyConfiguration(file),
        { Resource: KeepalivedServiceResource service } => ApplyService(service, change, cancellationToken),
        _ => inner.Apply(change, cancellationToken),
    };

    public void Announce(IReadOnlyList<Change> verified, CancellationToken cancellationToken) => inner.Announce(verified, cancellationToken);

    private AppliedStep ApplyConfiguration(FileChange change)
    {
        if (change.NewContent is { } content && program.Path is not null)
        {
            fileSystem.WriteAtomic(CandidatePath, content, FileModes.ReadWriteOnly);
            try
            {
                if (program.Check(fileSystem.Root.TrimEnd('/') + CandidatePath) is { } refusal)
                {
                    throw new HostAccessException($"{KeepalivedPaths.Configuration} was not replaced: {refusal}");
                }
            }
            finally
            {
                fileSystem.Delete(CandidatePath);
            }
        }

        return files.Apply(change);
    }

    private AppliedStep ApplyService(KeepalivedServiceResource service, Change change, CancellationToken cancellationToken)
    {
        var step = commands.Apply(change, cancellationToken);
        if (change.Commands.Contains(KeepalivedServiceResource.Reload))
        {
            WaitForReload(service, cancellationToken);
        }

        return step;
    }

    /// <summary>systemctl reload returns once keepalived has the signal, not once it has read the file: wait for its state to show it.</summary>
    private void WaitForReload(KeepalivedServiceResource service, CancellationToken cancellationToken)
    {
        var scope = new ObservationScope();
        service.Scope(scope);

        var started = clock.GetTimestamp();
        while (!service.LoadedCurrent(observer.ObserveDetails(observer.ObserveHost(), scope)))
        {
            if (clock.GetElapsedTime(started) > ReloadTimeout)
            {
                throw new HostAccessException($"keepalived did not report the new configuration within {ReloadTimeout.TotalSeconds:0} s of `systemctl reload keepalived`");
            }

            Task.Delay(ReloadPoll, clock, cancellationToken).GetAwaiter().GetResult();
        }
    }
}
