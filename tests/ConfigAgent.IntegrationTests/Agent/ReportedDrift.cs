namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>One entry of a run report's drift list.</summary>
internal sealed record ReportedDrift(string Resource, string Action, string? Before, string? After, string Reason);
