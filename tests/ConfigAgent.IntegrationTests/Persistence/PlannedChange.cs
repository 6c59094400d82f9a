namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>One entry of a JSON plan: which resource, on which side (runtime or persisted), what apply would do.</summary>
internal sealed record PlannedChange(string Resource, string Side, string Action)
{
    public override string ToString() => $"{Action} {Resource} ({Side})";
}
