namespace ConfigAgent.Output.JsonModels;

/// <summary>One host of the fleet: <c>in_sync</c>, <c>changes</c>, <c>blocked</c> or <c>error</c>; its plan is null when it has errors.</summary>
public sealed record FleetPlanJsonHost(string Host, string Platform, string FactsFile, string Status, IReadOnlyList<string> Errors, PlanJson? Plan);
