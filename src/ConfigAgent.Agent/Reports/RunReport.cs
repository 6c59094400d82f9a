using ConfigAgent.Agent.Git;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Engine;
using ConfigAgent.Failover;

namespace ConfigAgent.Agent.Reports;

/// <summary>
/// The record of one agent run: written atomically to the state directory (the last one as
/// last-run.json, a bounded history under reports/), read by `configagent status`.
/// </summary>
public sealed record RunReport
{
    public const string FormatName = "configagent-run-report";

    public const int FormatVersion = 1;

    public required string RunId { get; init; }

    public required RunTrigger Trigger { get; init; }

    public required RunMode Mode { get; init; }

    public required string Host { get; init; }

    public required DateTimeOffset Started { get; init; }

    public required DateTimeOffset Finished { get; init; }

    public required RunOutcome Outcome { get; init; }

    /// <summary>The desired-state revision the run used (the last good one when the newest is invalid).</summary>
    public string? Revision { get; init; }

    /// <summary>The git commit of that revision, when the agent pulls from git.</summary>
    public string? Commit { get; init; }

    /// <summary>What the pull from git found (the fetched head, the last fetch, its error), when the agent pulls from git.</summary>
    public GitPull? Git { get; init; }

    /// <summary>
    /// False when the newest desired state was refused (invalid, or a git head that does not
    /// descend from the commit in force) and the run used the last good one, or none.
    /// </summary>
    public bool DesiredStateValid { get; init; } = true;

    /// <summary>Why the newest desired state was not used: its problems, file:line:col each.</summary>
    public IReadOnlyList<string> DesiredStateProblems { get; init; } = [];

    public int Resources { get; init; }

    public int InSync { get; init; }

    public int Drifted { get; init; }

    public int Failed { get; init; }

    public IReadOnlyList<DriftRecord> Drift { get; init; } = [];

    public IReadOnlyList<ResourceOutcome> Outcomes { get; init; } = [];

    /// <summary>The host's failover groups as the run observed them (keepalived's VIPs: reported, never repaired).</summary>
    public IReadOnlyList<FailoverGroupStatus> Failover { get; init; } = [];

    public string? Error { get; init; }

    public TimeSpan Duration => Finished - Started;
}
