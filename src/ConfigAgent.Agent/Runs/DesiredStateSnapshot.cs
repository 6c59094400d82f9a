using ConfigAgent.Documents;

namespace ConfigAgent.Agent.Runs;

/// <summary>
/// The desired state a run uses: the newest revision when it is valid, else the last good one,
/// with why the newest was refused.
/// </summary>
/// <param name="InForce">What the run converges to; null when no revision was ever valid.</param>
/// <param name="Commit">The git commit of that revision, when the source is git.</param>
/// <param name="NewestIsValid">False when the newest files were refused (their problems are listed).</param>
public sealed record DesiredStateSnapshot(DocumentSet? InForce, string? Commit, bool NewestIsValid, IReadOnlyList<string> Problems)
{
    /// <summary>What the pull found, when the source is git: the fetched head, when a fetch last worked, why this one failed.</summary>
    public GitPull? Git { get; init; }
}
