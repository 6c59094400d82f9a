namespace ConfigAgent.Facts;

/// <summary>
/// What the VRRP daemon (keepalived) says it is doing now, read live on every run (docs/failover.md:
/// its JSON state dump), and who answers for the failover VIPs on their links. Never recorded in
/// a facts file: a VRRP state is only true at the moment it is read.
/// </summary>
public sealed record VrrpFacts
{
    /// <summary>The daemon's program, when it is installed.</summary>
    public string? Daemon { get; init; }

    /// <summary>Whether the daemon runs (the process its pid file names is alive).</summary>
    public bool Running { get; init; }

    /// <summary>The instances the daemon runs, as it reports them; null when they could not be read (see <see cref="Problem"/>).</summary>
    public IReadOnlyList<VrrpInstanceFacts>? Instances { get; init; }

    /// <summary>Why the daemon's state could not be read, when it could not.</summary>
    public string? Problem { get; init; }

    /// <summary>The other hosts (MAC addresses) that answered ARP for each failover VIP; absent when no probe was made.</summary>
    public IReadOnlyDictionary<System.Net.IPAddress, IReadOnlyList<string>> Holders { get; init; } = new Dictionary<System.Net.IPAddress, IReadOnlyList<string>>();

    /// <summary>Why the VIPs' holders could not be probed, when they could not.</summary>
    public string? HolderProblem { get; init; }
}
