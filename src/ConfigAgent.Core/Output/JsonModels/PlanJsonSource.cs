using System.Text.Json.Serialization;

namespace ConfigAgent.Output.JsonModels;

/// <summary>The YAML node a resource comes from; <c>line</c> and <c>column</c> are left out for defaults and the ledger.</summary>
public sealed record PlanJsonSource(
    string File,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Column);
