using ConfigAgent.Diagnostics;

namespace ConfigAgent.Documents;

/// <summary>
/// The VRRP group of an interface VIP (<c>failover:</c>): its members in preference order, and how
/// they elect the one that holds the VIP. keepalived moves the VIP between the members; ConfigAgent
/// renders keepalived's configuration from this and never adds or removes the VIP itself.
/// </summary>
public sealed record FailoverGroup
{
    public const int MinMembers = 2;

    /// <summary>VRRP priorities are one byte and 255 means "owns the address": ten members leave room below 150.</summary>
    public const int MaxMembers = 10;

    public const int DefaultAdvertInterval = 1;

    /// <summary>VRRPv2 carries the advert interval in whole seconds, in one byte.</summary>
    public const int MaxAdvertInterval = 255;

    /// <summary>The virtual router id, 1 to 255: one group per id on a link.</summary>
    public required int RouterId { get; init; }

    /// <summary>The members, the preferred one first.</summary>
    public required IReadOnlyList<FailoverMember> Members { get; init; }

    /// <summary>Seconds between the master's adverts; a backup takes over after three missed ones.</summary>
    public int AdvertInterval { get; init; } = DefaultAdvertInterval;

    /// <summary>
    /// Whether a member that comes back takes the VIP back from a less preferred master. Off by
    /// default: after a failover operators expect the VIP to stay where it went, not to move twice.
    /// </summary>
    public bool Preempt { get; init; }

    /// <summary>Interfaces whose loss puts this host's instance in fault (it gives the VIP up).</summary>
    public IReadOnlyList<string> TrackInterfaces { get; init; } = [];

    public GarpSettings Garp { get; init; } = GarpSettings.Default;

    public FailoverPeering Peering { get; init; } = FailoverPeering.Unicast;

    public required SourceSpan Span { get; init; }

    /// <summary>Where the router id was written, for errors about it.</summary>
    public SourceSpan RouterIdSpan { get; init; }

    /// <summary>The VRRP priority of the member at <paramref name="index"/>: the first is preferred, ten apart.</summary>
    public static int PriorityOf(int index) => 150 - (10 * index);

    /// <summary>The position of <paramref name="hostname"/> among the members (hostnames compare as DNS does, ignoring case), or -1.</summary>
    public int IndexOf(string hostname)
    {
        for (var i = 0; i < Members.Count; i++)
        {
            if (string.Equals(Members[i].Host, hostname, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="other"/> declares the same group (positions aside): two VIPs may share one group.</summary>
    public bool SameGroupAs(FailoverGroup other) =>
        RouterId == other.RouterId
        && AdvertInterval == other.AdvertInterval
        && Preempt == other.Preempt
        && Peering == other.Peering
        && Garp == other.Garp
        && TrackInterfaces.SequenceEqual(other.TrackInterfaces, StringComparer.Ordinal)
        && Members.Select(m => (m.Host.ToLowerInvariant(), m.Address)).SequenceEqual(other.Members.Select(m => (m.Host.ToLowerInvariant(), m.Address)));

    /// <summary>The members as the plan shows them: "ha-a 172.26.7.11, ha-b 172.26.7.12".</summary>
    public string DescribeMembers() => string.Join(", ", Members.Select(m => $"{m.Host} {m.Address}"));
}
