namespace ConfigAgent.Output.JsonModels;

/// <summary>One change of the plan, in apply order (docs/plan-json.md, <c>changes[]</c>).</summary>
/// <param name="Step">Counts from 1.</param>
/// <param name="Resource">The stable resource id, <c>kind:key</c>.</param>
/// <param name="Action"><c>create</c>, <c>update</c>, <c>delete</c> or <c>blocked</c>.</param>
/// <param name="Side"><c>runtime</c> or <c>persisted</c>.</param>
/// <param name="Before">The observed value; null when absent.</param>
/// <param name="After">The desired value; null when absent.</param>
/// <param name="Commands">Argument lists apply will run, program first.</param>
/// <param name="Diff">A unified diff for file contents, else null.</param>
public sealed record PlanJsonChange(
    int Step,
    string Resource,
    string Kind,
    string Title,
    string Action,
    string Side,
    string? Before,
    string? After,
    string Reason,
    string Purpose,
    PlanJsonSource Source,
    IReadOnlyList<IReadOnlyList<string>> Commands,
    string? Diff,
    IReadOnlyList<string> Notes);
