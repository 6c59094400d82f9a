using ConfigAgent.Agent.Runs;

namespace ConfigAgent.Agent.Metrics;

/// <summary>Counters over the agent's life: runs by outcome and drift found. Thread-safe.</summary>
public sealed class RunStatistics
{
    private readonly long[] _runs = new long[Enum.GetValues<RunOutcome>().Length];
    private long _drift;

    public void Record(RunOutcome outcome, int drift)
    {
        Interlocked.Increment(ref _runs[(int)outcome]);
        Interlocked.Add(ref _drift, drift);
    }

    public long Runs(RunOutcome outcome) => Interlocked.Read(ref _runs[(int)outcome]);

    public long Drift => Interlocked.Read(ref _drift);
}
