namespace ConfigAgent.Agent.Reports;

/// <summary>What happened to one resource in a run: in_sync, changed, drifted (audit), blocked, failed, rolled_back, not_run.</summary>
public sealed record ResourceOutcome(string Resource, string Status, string? Message = null);
