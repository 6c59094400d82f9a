namespace ConfigAgent.Agent.Reports;

/// <summary>One drift a run found: the resource, what was observed and what it must be.</summary>
public sealed record DriftRecord(string Resource, string Action, string Side, string? Before, string? After, string Reason);
