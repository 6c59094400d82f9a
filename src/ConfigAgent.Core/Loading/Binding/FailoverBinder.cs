using System.Net;
using ConfigAgent.Documents;
using ConfigAgent.Loading.Yaml;

namespace ConfigAgent.Loading.Binding;

/// <summary>
/// Binds the <c>failover:</c> block of an interface VIP: its VRRP group. The rules on one group
/// are checked here, where the positions are; the rules between groups and hosts are the
/// validator's (Validation/FailoverRule).
/// </summary>
internal sealed class FailoverBinder(NodeReader reader)
{
    private static readonly string[] Keys = ["router_id", "members", "advert_interval", "preempt", "track_interfaces", "garp", "peering", "use_vmac"];
    private static readonly string[] MemberKeys = ["host", "address"];
    private static readonly string[] GarpKeys = ["count", "repeat_after", "refresh"];

    /// <summary>The group, or null (with the errors reported) when it is not usable.</summary>
    /// <param name="vip">The VIP the group moves, when it was readable: members must be on its subnet.</param>
    /// <param name="interfaceName">The VIP's interface, when it was readable.</param>
    public FailoverGroup? Bind(SourceNode node, InterfaceAddress? vip, string? interfaceName)
    {
        var block = reader.Mapping(node, "failover", Keys);
        if (block is null)
        {
            return null;
        }

        var ok = true;
        if (vip is { IsIPv6: true } v6)
        {
            reader.Error(node, $"{v6} is IPv6: failover VIPs are IPv4 (keepalived needs VRRP version 3 for IPv6, which ConfigAgent does not render yet)");
            ok = false;
        }

        if (block["use_vmac"] is { } vmac)
        {
            // Issue 15 point 7: a VMAC moves the VIP onto a macvlan keepalived creates, whose
            // arp_ignore/arp_filter/rp_filter the document's sysctls would not cover.
            reader.Error(vmac, "use_vmac is not supported: keepalived would hold the VIP on a macvlan interface (vrrp.<id>) of its own, "
                + "whose ARP and rp_filter settings ConfigAgent does not manage; the VIP stays on the NIC and the new master announces it by gratuitous ARP");
            ok = false;
        }

        int? routerId = null;
        if (block["router_id"] is { } routerIdNode)
        {
            routerId = reader.Integer(routerIdNode, "failover.router_id", 1, 255);
        }
        else
        {
            reader.Error(node, "missing key 'router_id' in failover (the VRRP virtual router id, 1 to 255, one per group on a link)");
        }

        var members = block["members"] is { } membersNode ? Members(membersNode, vip) : null;
        if (block["members"] is null)
        {
            reader.Error(node, "missing key 'members' in failover (the hosts of the group, the preferred one first, each with its address on the VIP's interface)");
        }

        var advert = block["advert_interval"] is { } advertNode
            ? reader.Integer(advertNode, "failover.advert_interval", 1, FailoverGroup.MaxAdvertInterval)
            : FailoverGroup.DefaultAdvertInterval;
        var preempt = block["preempt"] is { } preemptNode ? reader.Boolean(preemptNode, "failover.preempt") : false;
        var track = block["track_interfaces"] is { } trackNode ? TrackInterfaces(trackNode, interfaceName) : [];
        var garp = block["garp"] is { } garpNode ? Garp(garpNode) : GarpSettings.Default;
        var peering = block["peering"] is { } peeringNode
            ? reader.Choice(peeringNode, "failover.peering", OptionWords.FailoverPeering)
            : FailoverPeering.Unicast;
        if (!ok || routerId is null || members is null || advert is null || preempt is null || track is null || garp is null || peering is null)
        {
            return null;
        }

        return new FailoverGroup
        {
            RouterId = routerId.Value,
            Members = members,
            AdvertInterval = advert.Value,
            Preempt = preempt.Value,
            TrackInterfaces = track,
            Garp = garp,
            Peering = peering.Value,
            Span = node.Span,
            RouterIdSpan = block["router_id"]!.Span,
        };
    }

    private List<FailoverMember>? Members(SourceNode node, InterfaceAddress? vip)
    {
        if (reader.Sequence(node, "failover.members") is not { } sequence)
        {
            return null;
        }

        if (sequence.Items.Count is < FailoverGroup.MinMembers or > FailoverGroup.MaxMembers)
        {
            reader.Error(node, $"failover.members lists {sequence.Items.Count} host{(sequence.Items.Count == 1 ? "" : "s")}: a group has {FailoverGroup.MinMembers} to {FailoverGroup.MaxMembers}");
            return null;
        }

        var members = new List<FailoverMember>();
        var ok = true;
        foreach (var item in sequence.Items)
        {
            if (Member(item, vip) is not { } member)
            {
                ok = false;
                continue;
            }

            if (members.FirstOrDefault(m => string.Equals(m.Host, member.Host, StringComparison.OrdinalIgnoreCase)) is { } sameHost)
            {
                reader.Error(item, $"host {member.Host} is listed twice in failover.members (first at line {sameHost.Span.Line})");
                ok = false;
            }
            else if (members.FirstOrDefault(m => m.Address.Equals(member.Address)) is { } sameAddress)
            {
                reader.Error(item, $"{member.Address} is the address of two members ({sameAddress.Host} at line {sameAddress.Span.Line} and {member.Host})");
                ok = false;
            }
            else
            {
                members.Add(member);
            }
        }

        return ok ? members : null;
    }

    private FailoverMember? Member(SourceNode item, InterfaceAddress? vip)
    {
        if (reader.Mapping(item, "a failover member", MemberKeys) is not { } entry)
        {
            return null;
        }

        string? host = null;
        if (entry["host"] is { } hostNode)
        {
            host = reader.String(hostNode, "the host of a failover member");
            if (host is not null && HostnameProblem(host) is { } problem)
            {
                reader.Error(hostNode, problem);
                host = null;
            }
        }
        else
        {
            reader.Error(item, "missing key 'host' in a failover member (its hostname)");
        }

        IPAddress? address = null;
        if (entry["address"] is { } addressNode)
        {
            address = MemberAddress(addressNode, vip);
        }
        else
        {
            reader.Error(item, "missing key 'address' in a failover member (its own address on the VIP's interface, where it talks VRRP)");
        }

        return host is null || address is null ? null : new FailoverMember(host, address, item.Span);
    }

    private IPAddress? MemberAddress(SourceNode node, InterfaceAddress? vip)
    {
        var text = reader.String(node, "the address of a failover member");
        if (text is null)
        {
            return null;
        }

        if (!InterfaceAddress.TryParse(text, out var parsed, out var error))
        {
            reader.Error(node, error);
            return null;
        }

        if (parsed.IsIPv6)
        {
            reader.Error(node, $"{parsed.Address} is IPv6: failover members talk VRRP over IPv4");
            return null;
        }

        if (text.Contains('/', StringComparison.Ordinal))
        {
            reader.Error(node, $"the address of a failover member is written without a prefix (it is on the VIP's subnet), found '{text}'");
            return null;
        }

        if (vip is { IsIPv6: false } v)
        {
            var subnet = v.Network;
            var onSubnet = new InterfaceAddress(parsed.Address, v.PrefixLength);
            if (!subnet.Contains(parsed.Address))
            {
                reader.Error(node, $"{parsed.Address} is not on {subnet}, the subnet of the VIP {v}: the members talk VRRP on the VIP's link");
                return null;
            }

            if (parsed.Address.Equals(v.Address))
            {
                reader.Error(node, $"{parsed.Address} is the VIP itself: a member needs an address of its own on the link");
                return null;
            }

            if (onSubnet.IsNetworkOrBroadcastAddress)
            {
                reader.Error(node, $"{parsed.Address} is the {(onSubnet.HasHostBits ? "broadcast" : "network")} address of {subnet}: a member needs a host address");
                return null;
            }
        }

        return parsed.Address;
    }

    private List<string>? TrackInterfaces(SourceNode node, string? interfaceName)
    {
        if (reader.Sequence(node, "failover.track_interfaces") is not { } sequence)
        {
            return null;
        }

        var names = new List<string>();
        var ok = true;
        foreach (var item in sequence.Items)
        {
            var name = reader.String(item, "a tracked interface");
            if (name is null)
            {
                ok = false;
            }
            else if (InterfaceNames.Problem(name) is { } problem)
            {
                reader.Error(item, problem);
                ok = false;
            }
            else if (name == interfaceName)
            {
                reader.Error(item, $"{name} is the VIP's own interface: keepalived watches it in any case");
                ok = false;
            }
            else if (names.Contains(name, StringComparer.Ordinal))
            {
                reader.Error(item, $"interface '{name}' is listed twice in failover.track_interfaces");
                ok = false;
            }
            else
            {
                names.Add(name);
            }
        }

        return ok ? names : null;
    }

    private GarpSettings? Garp(SourceNode node)
    {
        if (reader.Mapping(node, "failover.garp", GarpKeys) is not { } garp)
        {
            return null;
        }

        var defaults = GarpSettings.Default;
        var count = garp["count"] is { } c ? reader.Integer(c, "failover.garp.count", 1, GarpSettings.MaxCount) : defaults.Count;
        var repeat = garp["repeat_after"] is { } r ? reader.Integer(r, "failover.garp.repeat_after", 0, GarpSettings.MaxRepeatAfter) : defaults.RepeatAfter;
        var refresh = garp["refresh"] is { } f ? reader.Integer(f, "failover.garp.refresh", 0, GarpSettings.MaxRefresh) : defaults.Refresh;
        return count is null || repeat is null || refresh is null ? null : new GarpSettings(count.Value, repeat.Value, refresh.Value);
    }

    /// <summary>A hostname as DNS has it: what the member's `hostname` prints, no wildcards.</summary>
    private static string? HostnameProblem(string host) =>
        host.Length is 0 or > 253 || !host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')
            ? $"the host of a failover member is a hostname (1 to 253 letters, digits, '.', '-' and '_'), found '{host}'"
            : null;
}
