namespace ConfigAgent.Agent.Runs;

/// <summary>The resources of a run's desired state: how many, in sync, found drifted, and failed (a failed step, blocked, a rollback that failed).</summary>
public sealed record ResourceCounts(int Total, int InSync, int Drifted, int Failed)
{
    public static ResourceCounts None { get; } = new(0, 0, 0, 0);
}
