using System.Text.Json.Serialization;

namespace ConfigAgent.Output.JsonModels;

/// <summary>
/// The fleet plan for bots. Its shape is versioned (<see cref="FormatName"/>, <see cref="FormatVersion"/>)
/// and documented in docs/fleet.md; each host's plan is the single-host <see cref="PlanJson"/>.
/// Fields are only ever added within a version.
/// </summary>
public sealed record FleetPlanJson
{
    public const string FormatName = "configagent-fleet-plan";

    public const int FormatVersion = 1;

    public string Format => FormatName;

    public int Version => FormatVersion;

    public required string Revision { get; init; }

    [JsonPropertyName("facts_dir")]
    public required string FactsDirectory { get; init; }

    public required FleetPlanJsonSummary Summary { get; init; }

    public required IReadOnlyList<FleetPlanJsonHost> Hosts { get; init; }
}
