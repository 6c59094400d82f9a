namespace ConfigAgent.Output.JsonModels;

/// <summary>
/// What a run did, for machines (<c>apply --format json</c>): the status of every step and the
/// plan it executed (the <see cref="PlanJson"/> of <c>plan --format json</c>). Versioned like the plan.
/// </summary>
public sealed record ApplyJson
{
    public const string FormatName = "configagent-apply";

    public const int FormatVersion = 1;

    public string Format => FormatName;

    public int Version => FormatVersion;

    /// <summary><c>nochanges</c>, <c>converged</c>, <c>failed</c> or <c>refused</c>: the enum's name in lower case, as version 1 has always written it.</summary>
    public required string Outcome { get; init; }

    public required bool Changed { get; init; }

    public required double DurationMs { get; init; }

    public required string? Failure { get; init; }

    public required IReadOnlyList<ApplyJsonStep> Steps { get; init; }

    public required PlanJson Plan { get; init; }
}
