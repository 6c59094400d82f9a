using ConfigAgent.Failover;
using ConfigAgent.Graph;

namespace ConfigAgent.Planning;

/// <summary>
/// The ordered changes that converge one host, with what was observed before each. <c>plan</c>
/// prints it; <c>apply</c> executes exactly it.
/// </summary>
public sealed record Plan
{
    public required string Host { get; init; }

    public required string Platform { get; init; }

    /// <summary>The desired-state revision (content hash of the files).</summary>
    public required string Revision { get; init; }

    /// <summary>The documents that apply to the host, by name.</summary>
    public required IReadOnlyList<string> Documents { get; init; }

    /// <summary>Where the observed state came from: <c>live</c> or the facts file.</summary>
    public required string ObservedFrom { get; init; }

    /// <summary>Every resource of the graph in apply order.</summary>
    public required IReadOnlyList<Resource> Resources { get; init; }

    /// <summary>The changes, in apply order.</summary>
    public required IReadOnlyList<Change> Changes { get; init; }

    /// <summary>Things worth knowing that change nothing (no document matched the host, say).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The failover groups of the host as observed (keepalived's state, the VIPs' holders, drift); empty when it has none.</summary>
    public IReadOnlyList<FailoverGroupStatus> Failover { get; init; } = [];

    /// <summary>Set when the run would remove most of what ConfigAgent owns: the removal guard.</summary>
    public MassRemoval? MassRemoval { get; init; }

    public int InSync => Resources.Count - Changes.Count;

    public bool HasChanges => Changes.Count > 0;

    /// <summary>Some resource cannot be converged, or the removal guard holds: apply refuses to start.</summary>
    public bool IsBlocked => Changes.Any(c => c.Action == ChangeAction.Blocked) || MassRemoval is { Allowed: false };

    public int CountOf(ChangeAction action) => Changes.Count(c => c.Action == action);
}
