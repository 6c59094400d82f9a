using System.Text.Json.Serialization;

namespace ConfigAgent.Output.JsonModels;

/// <summary>
/// The hosts report for bots (<c>hosts --format json</c>), versioned (<see cref="FormatName"/>,
/// <see cref="FormatVersion"/>) and documented in docs/fleet.md. Fields are only ever added within a version.
/// </summary>
public sealed record HostsJson
{
    public const string FormatName = "configagent-hosts";

    public const int FormatVersion = 1;

    public string Format => FormatName;

    public int Version => FormatVersion;

    public required string Revision { get; init; }

    [JsonPropertyName("facts_dir")]
    public required string FactsDirectory { get; init; }

    public required IReadOnlyList<HostsJsonHost> Hosts { get; init; }

    public required IReadOnlyList<HostsJsonDocument> Documents { get; init; }

    public required IReadOnlyList<string> UnselectedHosts { get; init; }
}
