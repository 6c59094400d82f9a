using System.Text.Json.Serialization;
using ConfigAgent.Engine;
using ConfigAgent.Failover;

namespace ConfigAgent.Agent.Runs;

/// <summary>
/// The record of one agent run, property by property in the order its file has them
/// (docs/agent.md): written atomically to the state directory (the last one as last-run.json, a
/// bounded history under reports/), read by <c>configagent status</c>. A new field of the report
/// is a property here, declared where it goes in the file; the file's names are its own in
/// snake_case, its enums their <see cref="Output.Json.EnumWord"/>.
/// </summary>
public sealed record RunReport
{
    public const string FormatName = "configagent-run-report";

    public const int FormatVersion = 1;

    private readonly bool? _desiredStateValid;

    /// <summary><see cref="FormatName"/>, first in the file (its reader checks it before the rest).</summary>
    [JsonInclude]
    internal string? Format { get; init; } = FormatName;

    [JsonInclude]
    internal int Version { get; init; } = FormatVersion;

    public required string RunId { get; init; }

    public required string Host { get; init; }

    public required RunTrigger Trigger { get; init; }

    public required RunMode Mode { get; init; }

    public required DateTimeOffset Started { get; init; }

    public required DateTimeOffset Finished { get; init; }

    /// <summary><see cref="Duration"/> in the file; when read, it is <see cref="Finished"/> minus <see cref="Started"/> again.</summary>
    [JsonInclude]
    internal double DurationMs
    {
        get => Math.Round(Duration.TotalMilliseconds, 3);
        init { }
    }

    public required RunOutcome Outcome { get; init; }

    /// <summary>The desired-state revision the run used (the last good one when the newest is invalid).</summary>
    [JsonRequired]
    public string? Revision { get; init; }

    /// <summary>The git commit of that revision, when the agent pulls from git.</summary>
    [JsonRequired]
    public string? Commit { get; init; }

    [JsonRequired]
    public string? Error { get; init; }

    /// <summary>What the pull from git found (the fetched head, the last fetch, its error), when the agent pulls from git.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public GitPull? Git { get; init; }

    /// <summary>
    /// False when the newest desired state was refused (invalid, or a git head that does not
    /// descend from the commit in force) and the run used the last good one, or none. Unless set,
    /// it is refused when it has problems.
    /// </summary>
    [JsonIgnore]
    public bool DesiredStateValid
    {
        get => _desiredStateValid ?? DesiredStateProblems.Count == 0;
        init => _desiredStateValid = value;
    }

    // desired_state_valid in the file. A report written before the field existed leaves it
    // out: then its problems decide, as DesiredStateValid does when it is not set.
    [JsonInclude]
    [JsonPropertyName("desired_state_valid")]
    internal bool? DesiredStateValidInFile
    {
        get => DesiredStateValid;
        init => _desiredStateValid = value;
    }

    /// <summary>Why the newest desired state was not used: its problems, file:line:col each.</summary>
    [JsonRequired]
    public IReadOnlyList<string> DesiredStateProblems { get; init; } = [];

    [JsonRequired]
    public ResourceCounts Resources { get; init; } = ResourceCounts.None;

    [JsonRequired]
    public IReadOnlyList<DriftRecord> Drift { get; init; } = [];

    [JsonRequired]
    public IReadOnlyList<ResourceOutcome> Outcomes { get; init; } = [];

    /// <summary>The host's failover groups as the run observed them (keepalived's VIPs: reported, never repaired).</summary>
    [JsonIgnore]
    public IReadOnlyList<FailoverGroupStatus> Failover { get; init; } = [];

    // failover in the file, only on hosts with failover groups: other reports keep their shape.
    [JsonInclude]
    [JsonPropertyName("failover")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal IReadOnlyList<FailoverGroupStatus>? FailoverInFile
    {
        get => Failover.Count > 0 ? Failover : null;
        init => Failover = value ?? [];
    }

    [JsonIgnore]
    public TimeSpan Duration => Finished - Started;
}
