using ConfigAgent.Planning;

namespace ConfigAgent.Engine;

/// <summary>A run's outcome: every step with its status, and the failure and rollback if any.</summary>
public sealed record ApplyResult(Plan Plan, ApplyOutcome Outcome, IReadOnlyList<StepResult> Steps, TimeSpan Duration, string? Failure = null)
{
    public bool Succeeded => Outcome is ApplyOutcome.NoChanges or ApplyOutcome.Converged;

    public bool Changed => Steps.Any(s => s.Status is StepStatus.Applied or StepStatus.Kept or StepStatus.RollbackFailed);

    public int Count(StepStatus status) => Steps.Count(s => s.Status == status);
}
