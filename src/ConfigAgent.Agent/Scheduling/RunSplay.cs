namespace ConfigAgent.Agent.Scheduling;

/// <summary>
/// A random delay before each scheduled run, so that a fleet on the same schedule does not hit
/// its network (and its git server) in lockstep.
/// </summary>
public sealed class RunSplay(TimeSpan maximum, Random random)
{
    public TimeSpan Maximum { get; } = maximum;

    public TimeSpan Next() => Maximum <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromTicks((long)(random.NextDouble() * Maximum.Ticks));
}
