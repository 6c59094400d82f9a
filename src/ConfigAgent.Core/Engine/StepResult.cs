using ConfigAgent.Graph;

namespace ConfigAgent.Engine;

/// <summary>What happened to one change of the plan.</summary>
public sealed record StepResult(int Step, Change Change, StepStatus Status, string? Message = null)
{
    /// <summary>
    /// The rollback ran this step's undo: a rolled-back step, or the failed step itself when its
    /// change had been set (it did not stick). These are the steps the host is observed again for.
    /// </summary>
    public bool Undone { get; init; }
}
