using System.Text.Json.Serialization;

namespace ConfigAgent.Output.JsonModels;

/// <summary>One step of a run: <c>applied</c>, <c>failed</c>, <c>rolled_back</c>, <c>rollback_failed</c>, <c>kept</c> or <c>not_run</c>, and why when there is more to say.</summary>
public sealed record ApplyJsonStep(
    int Step,
    string Resource,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message);
