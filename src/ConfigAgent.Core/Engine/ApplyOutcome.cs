namespace ConfigAgent.Engine;

public enum ApplyOutcome
{
    /// <summary>The host was already converged.</summary>
    NoChanges,

    /// <summary>Every change was applied and verified.</summary>
    Converged,

    /// <summary>A step failed; this run's changes were rolled back (or kept, when rollback was off).</summary>
    Failed,

    /// <summary>The plan has blocked resources: nothing was started.</summary>
    Refused,
}
