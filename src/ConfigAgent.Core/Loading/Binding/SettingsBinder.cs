using ConfigAgent.Documents;
using ConfigAgent.Loading.Yaml;

namespace ConfigAgent.Loading.Binding;

/// <summary>Binds the kernel settings: <c>arp</c> and <c>sysctls</c>.</summary>
internal sealed class SettingsBinder(NodeReader reader)
{
    private static readonly string[] ArpKeys = ["ignore", "announce", "interfaces"];
    private static readonly string[] SysctlKeys = ["value", "ensure"];

    public ArpPolicy? BindArp(SourceNode node)
    {
        var mapping = reader.Mapping(node, "arp", ArpKeys);
        if (mapping is null)
        {
            return null;
        }

        var defaults = ArpPolicy.DsrDefault(node.Span);
        var ignore = mapping["ignore"] is { } ignoreNode ? ArpLevel(ignoreNode, "arp_ignore") : defaults.Ignore;
        var announce = mapping["announce"] is { } announceNode ? ArpLevel(announceNode, "arp_announce") : defaults.Announce;
        var interfaces = mapping["interfaces"] is { } interfacesNode ? Interfaces(interfacesNode) : defaults.Interfaces;
        if (ignore is null || announce is null || interfaces is null)
        {
            return null;
        }

        return new ArpPolicy(ignore.Value, announce.Value, interfaces, IsDerived: false, node.Span);
    }

    public IReadOnlyList<SysctlSetting> BindSysctls(SourceNode node)
    {
        var result = new List<SysctlSetting>();
        if (node is not SourceMapping mapping)
        {
            reader.Error(node, $"sysctls: expected a mapping of name: value, found {NodeReader.Describe(node)}");
            return result;
        }

        foreach (var (key, value) in mapping.Entries)
        {
            if (Sysctl(key, value) is { } setting)
            {
                result.Add(setting);
            }
        }

        return result;
    }

    private SysctlSetting? Sysctl(SourceScalar key, SourceNode value)
    {
        if (!SysctlName.TryParse(key.Value, out var name, out var error))
        {
            reader.Error(key, error);
            return null;
        }

        // "name: value", or "name: {value: v}" / "name: {ensure: absent}" to stop managing it.
        var valueNode = value;
        if (value is SourceMapping)
        {
            var entry = reader.Mapping(value, $"sysctl {name}", SysctlKeys);
            if (entry is null)
            {
                return null;
            }

            var ensure = entry["ensure"] is { } ensureNode ? reader.Choice(ensureNode, "ensure", OptionWords.Ensure) ?? Ensure.Present : Ensure.Present;
            if (ensure == Ensure.Absent)
            {
                if (entry["value"] is { } ignored)
                {
                    reader.Error(ignored, $"sysctl {name} is 'ensure: absent': it takes no value (its value from before ConfigAgent is restored)");
                }

                return new SysctlSetting(name, null, Ensure.Absent, key.Span);
            }

            if (entry["value"] is not { } v)
            {
                reader.Error(value, $"sysctl {name}: missing key 'value'");
                return null;
            }

            valueNode = v;
        }

        if (valueNode is not SourceScalar { IsNull: false } scalar)
        {
            reader.Error(valueNode, $"sysctl {name}: expected a value, found {NodeReader.Describe(valueNode)}");
            return null;
        }

        if (SysctlCatalogue.Normalize(scalar.Value, out var problem) is not { } normalized)
        {
            reader.Error(valueNode, $"sysctl {name}: {problem}");
            return null;
        }

        if (SysctlCatalogue.Find(name) is { } range)
        {
            if (range.Problem(name.Text, normalized) is { } outOfRange)
            {
                reader.Error(valueNode, outOfRange);
                return null;
            }
        }
        else
        {
            reader.Diagnostics.Warning(key.Span, $"sysctl {name} is not in ConfigAgent's catalogue: its value is not range-checked");
        }

        return new SysctlSetting(name, normalized, Ensure.Present, key.Span);
    }

    private int? ArpLevel(SourceNode node, string sysctl)
    {
        var range = sysctl == "arp_ignore" ? SysctlCatalogue.ArpIgnore : SysctlCatalogue.ArpAnnounce;
        var what = $"arp.{sysctl[4..]}";
        var value = reader.Integer(node, what, int.MinValue, int.MaxValue);
        if (value is not null && (value < range.Min || value > range.Max || (range.Excluded?.Contains(value.Value) ?? false)))
        {
            reader.Error(node, $"{what} must be {range.Describe()} (the kernel's {sysctl} levels), found {value}");
            return null;
        }

        return value;
    }

    private List<string>? Interfaces(SourceNode node)
    {
        var sequence = reader.Sequence(node, "arp.interfaces");
        if (sequence is null)
        {
            return null;
        }

        var result = new List<string>();
        foreach (var item in sequence.Items)
        {
            var name = reader.String(item, "an interface of the ARP policy");
            if (name is null)
            {
                return null;
            }

            if (name is not ("all" or "default") && InterfaceNames.Problem(name) is { } problem)
            {
                reader.Error(item, problem);
                return null;
            }

            if (result.Contains(name))
            {
                reader.Error(item, $"interface '{name}' is listed twice in arp.interfaces");
                continue;
            }

            result.Add(name);
        }

        if (result.Count == 0)
        {
            reader.Error(node, "arp.interfaces is empty: list 'all' (the kernel applies max(all, interface)) and the interfaces to set");
            return null;
        }

        return result;
    }
}
