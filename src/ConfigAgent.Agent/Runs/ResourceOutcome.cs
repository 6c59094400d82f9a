using System.Text.Json.Serialization;

namespace ConfigAgent.Agent.Runs;

/// <summary>What happened to one resource in a run, and why when there is more to say.</summary>
public sealed record ResourceOutcome(
    string Resource,
    ResourceStatus Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message = null);
