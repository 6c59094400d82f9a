using System.Text.Json.Serialization;
using ConfigAgent.Failover;

namespace ConfigAgent.Output.JsonModels;

/// <summary>
/// The machine-readable plan, field by field in the order it is written. Its shape is versioned
/// (<see cref="FormatName"/>, <see cref="FormatVersion"/>), documented in docs/plan-json.md and
/// described by schemas/plan-v1.schema.json; fields are only ever added within a version.
/// </summary>
public sealed record PlanJson
{
    public const string FormatName = "configagent-plan";

    public const int FormatVersion = 1;

    public string Format => FormatName;

    public int Version => FormatVersion;

    public required string Host { get; init; }

    public required string Platform { get; init; }

    public required string Revision { get; init; }

    public required string ObservedFrom { get; init; }

    public required IReadOnlyList<string> Documents { get; init; }

    public required PlanJsonSummary Summary { get; init; }

    /// <summary>Only present when the run would remove most of what ConfigAgent owns on the host.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PlanJsonRemovalGuard? RemovalGuard { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    public required IReadOnlyList<PlanJsonChange> Changes { get; init; }

    /// <summary>Only present when the host has failover groups: plans of other hosts keep their shape.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FailoverGroupStatus>? Failover { get; init; }
}
