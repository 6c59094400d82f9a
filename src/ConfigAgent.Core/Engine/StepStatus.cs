namespace ConfigAgent.Engine;

public enum StepStatus
{
    /// <summary>Set and verified.</summary>
    Applied,

    /// <summary>The step that failed (or whose change did not stick).</summary>
    Failed,

    /// <summary>Was applied, then undone by the rollback.</summary>
    RolledBack,

    /// <summary>Was applied, and the rollback could not undo it: the report says what is left.</summary>
    RollbackFailed,

    /// <summary>Was applied and kept (rollback was turned off).</summary>
    Kept,

    /// <summary>Never started, because an earlier step failed.</summary>
    NotRun,
}
