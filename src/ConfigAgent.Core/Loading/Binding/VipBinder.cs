using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Loading.Yaml;

namespace ConfigAgent.Loading.Binding;

/// <summary>Binds <c>loopback_vips</c> and <c>interface_vips</c>.</summary>
internal sealed class VipBinder(NodeReader reader)
{
    private static readonly string[] LoopbackKeys = ["address", "label", "ensure"];
    private static readonly string[] InterfaceKeys = ["address", "interface", "label", "announce", "ensure"];

    public IReadOnlyList<LoopbackVip> BindLoopback(SourceNode node)
    {
        var result = new List<LoopbackVip>();
        if (reader.Sequence(node, "loopback_vips") is not { } sequence)
        {
            return result;
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (BindLoopbackEntry(sequence.Items[i], i) is { } vip)
            {
                result.Add(vip);
            }
        }

        return result;
    }

    public IReadOnlyList<InterfaceVip> BindInterface(SourceNode node)
    {
        var result = new List<InterfaceVip>();
        if (reader.Sequence(node, "interface_vips") is not { } sequence)
        {
            return result;
        }

        foreach (var item in sequence.Items)
        {
            if (BindInterfaceEntry(item) is { } vip)
            {
                result.Add(vip);
            }
        }

        return result;
    }

    private LoopbackVip? BindLoopbackEntry(SourceNode item, int position)
    {
        // The common case is a bare address: "- 192.168.0.10".
        SourceNode addressNode = item;
        string? label = null;
        SourceSpan? labelSpan = null;
        var ensure = Ensure.Present;
        if (item is SourceMapping)
        {
            var entry = reader.Mapping(item, "a loopback VIP", LoopbackKeys);
            if (entry?["address"] is not { } address)
            {
                if (entry is not null)
                {
                    reader.Error(item, "missing key 'address' in a loopback VIP");
                }

                return null;
            }

            addressNode = address;
            ensure = entry["ensure"] is { } ensureNode ? reader.Choice(ensureNode, "ensure", OptionWords.Ensure) ?? Ensure.Present : Ensure.Present;
            if (entry["label"] is { } labelNode)
            {
                labelSpan = labelNode.Span;
                label = reader.String(labelNode, "label");
                if (label is null)
                {
                    return null;
                }

                if (InterfaceNames.LabelProblem(label, "lo") is { } problem)
                {
                    reader.Error(labelNode, problem);
                    return null;
                }
            }
        }

        if (Address(addressNode, "a loopback VIP") is not { } vip)
        {
            return null;
        }

        if (!vip.IsHostAddress)
        {
            reader.Error(addressNode, $"a loopback (DSR) VIP must be a host address (/{vip.HostPrefixLength}): {vip} would route the whole {vip.Network} to the loopback");
            return null;
        }

        if (label is not null && vip.IsIPv6)
        {
            reader.Error(item, $"{vip} is IPv6: address labels exist for IPv4 only");
            return null;
        }

        return new LoopbackVip(vip, label, ensure, position, item.Span) { LabelSpan = labelSpan ?? item.Span };
    }

    private InterfaceVip? BindInterfaceEntry(SourceNode item)
    {
        var entry = reader.Mapping(item, "an interface VIP", InterfaceKeys);
        if (entry is null)
        {
            return null;
        }

        var ok = true;
        InterfaceAddress? address = null;
        if (entry["address"] is { } addressNode)
        {
            address = Address(addressNode, "an interface VIP");
            if (address is { IsNetworkOrBroadcastAddress: true } a)
            {
                reader.Error(addressNode, $"{a} is the {(a.HasHostBits ? "broadcast" : "network")} address of {a.Network}: an interface VIP needs a host address");
                address = null;
            }
        }
        else
        {
            reader.Error(item, "missing key 'address' in an interface VIP");
        }

        string? interfaceName = null;
        if (entry["interface"] is { } interfaceNode)
        {
            interfaceName = reader.String(interfaceNode, "interface");
            if (interfaceName is not null && InterfaceNames.Problem(interfaceName) is { } problem)
            {
                reader.Error(interfaceNode, problem);
                interfaceName = null;
            }
        }
        else
        {
            reader.Error(item, "missing key 'interface' in an interface VIP (the NIC that holds it, such as eth0)");
        }

        string? label = null;
        if (entry["label"] is { } labelNode && interfaceName is not null)
        {
            label = reader.String(labelNode, "label");
            var problem = label is null ? null
                : address is { IsIPv6: true } ? $"{address} is IPv6: address labels exist for IPv4 only"
                : InterfaceNames.LabelProblem(label, interfaceName);
            if (problem is not null)
            {
                reader.Error(labelNode, problem);
                ok = false;
            }
        }

        var announce = entry["announce"] is { } announceNode ? Announce(announceNode) : InterfaceVip.DefaultAnnounceCount;
        var ensure = entry["ensure"] is { } ensureNode ? reader.Choice(ensureNode, "ensure", OptionWords.Ensure) : Ensure.Present;
        if (!ok || address is null || interfaceName is null || announce is null || ensure is null)
        {
            return null;
        }

        return new InterfaceVip(address.Value, interfaceName, label, announce.Value, ensure.Value, item.Span)
        {
            LabelSpan = entry["label"]?.Span ?? item.Span,
        };
    }

    private int? Announce(SourceNode node)
    {
        // "announce: true" sends the default number of gratuitous ARPs; a number says how many.
        if (node is SourceScalar { IsQuoted: false } scalar)
        {
            if (scalar.Value.ToLowerInvariant() is "true" or "false")
            {
                return reader.Boolean(node, "announce") == true ? InterfaceVip.DefaultAnnounceCount : 0;
            }

            if (int.TryParse(scalar.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                return reader.Integer(node, "announce", 0, InterfaceVip.MaxAnnounceCount);
            }
        }

        reader.Error(node, $"announce: expected true, false or a count (0 to {InterfaceVip.MaxAnnounceCount}), found {NodeReader.Describe(node)}");
        return null;
    }

    private InterfaceAddress? Address(SourceNode node, string what)
    {
        var text = reader.String(node, $"the address of {what}");
        if (text is null)
        {
            return null;
        }

        if (!InterfaceAddress.TryParse(text, out var address, out var error))
        {
            reader.Error(node, error);
            return null;
        }

        return address;
    }
}
