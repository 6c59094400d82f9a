namespace ConfigAgent.IntegrationTests.Safety;

/// <summary>
/// When a clean run wrote its ledger (after start-up, observation and planning: its first write,
/// ahead of the changes) and how long it worked after that, until it exited.
/// </summary>
internal sealed record RunTiming(TimeSpan LedgerAt, TimeSpan Work)
{
    /// <summary>
    /// A moment to kill a run at: one in five falls in start-up, the others in the work after the
    /// ledger, where every write of the run is, more of them early on (the square of a uniform
    /// draw): the kernel changes take a few milliseconds of it, the files and backups most of the
    /// rest. <paramref name="stretch"/> lengthens the window (the agent writes its reports and
    /// metrics after the changes).
    /// </summary>
    public KillMoment Pick(Random random, double stretch = 1.0)
    {
        if (random.NextDouble() < 0.2)
        {
            return new KillMoment(AfterLedger: false, LedgerAt * random.NextDouble());
        }

        var draw = random.NextDouble();
        return new KillMoment(AfterLedger: true, Work * stretch * draw * draw);
    }

    public static RunTiming Median(IReadOnlyList<RunTiming> timings) => new(
        timings.Select(t => t.LedgerAt).Order().ElementAt(timings.Count / 2),
        timings.Select(t => t.Work).Order().ElementAt(timings.Count / 2));

    public override string ToString() =>
        $"its ledger written {LedgerAt.TotalMilliseconds:0} ms after it started, then {Work.TotalMilliseconds:0} ms of changes until it exited";
}

/// <summary>A delay after the run started, or after it wrote its ledger.</summary>
internal sealed record KillMoment(bool AfterLedger, TimeSpan Delay)
{
    public override string ToString() =>
        $"{Delay.TotalMilliseconds:0} ms after {(AfterLedger ? "its ledger was written" : "it started")}";
}
