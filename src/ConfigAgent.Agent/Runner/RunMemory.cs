using ConfigAgent.Platforms.Local;
using Microsoft.Extensions.Logging;

namespace ConfigAgent.Agent.Runner;

/// <summary>
/// What the agent does with its memory after a run, so that between runs it holds its working set
/// and not what start-up or the last run left behind (bench/agent-memory.sh measures it).
/// </summary>
public sealed partial class RunMemory(ILogger<RunMemory> log)
{
    private int _runs;

    /// <summary>Called after each run, when everything the run allocated is garbage.</summary>
    public void AfterRun()
    {
        if (Interlocked.Increment(ref _runs) == 1 && OperatingSystem.IsLinux())
        {
            LogStartupPagesReleased(ExecutablePages.ReleaseStartupPages());
        }

        // A run of 1,000 VIPs allocates about 4 MiB and keeps none of it. Collected by the GC's
        // own budget, mid-run, part of it is promoted and piles up in the older generations until
        // a full collection every few runs, and the heap saws between 12 and 19 MiB committed.
        // Collected here, where all of it is dead, the collection finds only the agent's own
        // few MiB alive and the heap stays near that.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Gave back {ReleasedKiB} KiB of executable pages only start-up used")]
    private partial void LogStartupPagesReleased(long releasedKiB);
}
