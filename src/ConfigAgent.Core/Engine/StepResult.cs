using ConfigAgent.Graph;

namespace ConfigAgent.Engine;

/// <summary>What happened to one change of the plan.</summary>
public sealed record StepResult(int Step, Change Change, StepStatus Status, string? Message = null);
