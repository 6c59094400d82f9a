using System.Text.Json.Serialization;

namespace ConfigAgent.Failover;

/// <summary>
/// A failover group as observed on this host by one run: the state keepalived reports, whether
/// this host holds the VIPs, who else answers for them, and the drift that follows. The plan's
/// JSON and the run report write it as it is, property by property (snake_case).
/// </summary>
public sealed record FailoverGroupStatus
{
    /// <summary>interface/router id: <c>eth0/51</c>.</summary>
    public required string Group { get; init; }

    public required IReadOnlyList<string> Vips { get; init; }

    /// <summary>master, backup, fault, init, down (keepalived does not run), unknown (not readable here).</summary>
    public required string State { get; init; }

    /// <summary>This host's priority in the group (the preferred member has the highest).</summary>
    public required int Priority { get; init; }

    /// <summary>Whether this host holds every VIP of the group (from the kernel's addresses, not keepalived's word).</summary>
    public required bool HoldsVip { get; init; }

    /// <summary>The MAC addresses of other hosts that answered ARP for a VIP of the group; empty when none did or no probe was made.</summary>
    public IReadOnlyList<string> OtherHolders { get; init; } = [];

    /// <summary>Whether keepalived runs the configuration ConfigAgent renders for this group; null when it could not be told.</summary>
    public bool? ConfigurationCurrent { get; init; }

    public IReadOnlyList<FailoverDrift> Drift { get; init; } = [];

    /// <summary>What could not be observed, and why (not root, keepalived built without JSON, an offline plan).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The state as words and the VIP: "master, holds 172.26.7.100/24".</summary>
    [JsonIgnore]
    public string Summary => $"{State}, {(HoldsVip ? "holds" : "does not hold")} {string.Join(", ", Vips)}";
}
