namespace ConfigAgent.Agent.Runs;

/// <summary>What happened to one resource in a run (a report's <c>outcomes[].status</c>).</summary>
public enum ResourceStatus
{
    /// <summary>Nothing to do.</summary>
    InSync,

    /// <summary>Out of sync, set by this run and kept.</summary>
    Changed,

    /// <summary>Out of sync and left so (audit mode).</summary>
    Drifted,

    /// <summary>Cannot be converged from here: the run did not start.</summary>
    Blocked,

    /// <summary>Its step failed.</summary>
    Failed,

    /// <summary>Set, then undone when a later step failed.</summary>
    RolledBack,

    /// <summary>Set, and the rollback could not undo it.</summary>
    RollbackFailed,

    /// <summary>Set and kept although a later step failed (rollback was off).</summary>
    Kept,

    /// <summary>Never started, because an earlier step failed.</summary>
    NotRun,
}
