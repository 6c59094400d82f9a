using ConfigAgent.Diagnostics;
using ConfigAgent.Planning;

namespace ConfigAgent.Engine;

/// <summary>
/// What one run found and did: the plan (the drift), the apply (in enforce mode), or why it could
/// not get that far (an invalid desired state, a corrupt ledger, a lock held by another run).
/// </summary>
public sealed record ConvergenceResult(
    RunMode Mode,
    DiagnosticBag Diagnostics,
    PlanResult? Planned,
    ApplyResult? Applied,
    string? Error,
    TimeSpan Duration)
{
    public bool Failed => Error is not null || Diagnostics.HasErrors || Applied is { Succeeded: false } || Planned is { Plan.IsBlocked: true };

    /// <summary>Changes found: what was out of sync when the run started.</summary>
    public int Drift => Planned?.Plan.Changes.Count ?? 0;
}
