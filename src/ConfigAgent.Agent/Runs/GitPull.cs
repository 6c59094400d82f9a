using System.Text.Json.Serialization;

namespace ConfigAgent.Agent.Runs;

/// <summary>
/// What the last pull from git found, for the run report and the metrics. The repository URL is
/// left out on purpose: it may carry a token.
/// </summary>
/// <param name="Branch">The branch the agent follows.</param>
/// <param name="Path">The directory (or file) of documents inside the repository.</param>
public sealed record GitPull(string Branch, string Path)
{
    /// <summary>The head of the branch as last fetched (null before the first fetch that worked).</summary>
    [JsonRequired]
    public string? FetchedCommit { get; init; }

    /// <summary>When a fetch last worked.</summary>
    [JsonRequired]
    public DateTimeOffset? LastFetched { get; init; }

    /// <summary>Why this run's fetch (or reading the fetched commit) failed; null when it worked.</summary>
    [JsonRequired]
    [JsonPropertyName("fetch_error")]
    public string? Error { get; init; }

    /// <summary>When the commit in force was committed: how far behind a host is, fleet-wide.</summary>
    [JsonRequired]
    public DateTimeOffset? CommitTime { get; init; }
}
