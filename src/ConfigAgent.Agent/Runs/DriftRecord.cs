using ConfigAgent.Graph;

namespace ConfigAgent.Agent.Runs;

/// <summary>One drift a run found: the resource, what was observed and what it must be.</summary>
public sealed record DriftRecord(string Resource, ChangeAction Action, ResourceSide Side, string? Before, string? After, string Reason);
