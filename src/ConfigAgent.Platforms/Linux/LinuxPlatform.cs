using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Platforms.Linux.Resources;

namespace ConfigAgent.Platforms.Linux;

/// <summary>
/// Compiles a desired state into Linux resources: the ARP sysctls, the other sysctls, the VIPs
/// on lo and on NICs, and the ordering that keeps a DSR real server from ever answering ARP for
/// its VIPs.
/// </summary>
internal sealed class LinuxPlatform : IPlatform
{
    public const string LoopbackInterface = "lo";

    private const string ArpBeforeVip =
        "the ARP policy must be in force before a DSR VIP exists, or the host answers ARP for it (the kernel applies max(all, interface))";

    public string Name => "linux";

    public ResourceGraph Compile(DesiredState state, HostFacts facts, CompileContext context)
    {
        var graph = new ResourceGraph();
        var arpSysctls = AddArpPolicy(graph, state);
        AddSysctls(graph, state);
        var loopback = AddLoopbackVips(graph, state);
        AddInterfaceVips(graph, state);

        foreach (var vip in loopback.Where(v => v.Ensure == Ensure.Present && !v.Address.IsIPv6))
        {
            foreach (var sysctl in arpSysctls)
            {
                graph.AddEdge(sysctl.Id, vip.Id, ArpBeforeVip);
            }
        }

        return graph;
    }

    private static List<SysctlResource> AddArpPolicy(ResourceGraph graph, DesiredState state)
    {
        var added = new List<SysctlResource>();
        if (state.Arp is not { } policy)
        {
            return added;
        }

        var purpose = policy.IsDerived
            ? "ARP policy for the DSR VIPs (default: arp_ignore 1, arp_announce 2 on all and lo)"
            : "ARP policy";
        foreach (var (name, value) in policy.Sysctls())
        {
            var resource = new SysctlResource(name, value) { Origin = policy.Span, Purpose = purpose };
            graph.Add(resource);
            added.Add(resource);
        }

        return added;
    }

    private static void AddSysctls(ResourceGraph graph, DesiredState state)
    {
        foreach (var setting in state.Sysctls)
        {
            // Validation rejects a sysctl that contradicts the ARP policy, so an equal one is a repeat.
            if (setting.Ensure == Ensure.Absent || graph.Contains(SysctlResource.IdOf(setting.Name)))
            {
                continue;
            }

            graph.Add(new SysctlResource(setting.Name, setting.Value!) { Origin = setting.Span, Purpose = "sysctl" });
        }
    }

    private static List<AddressResource> AddLoopbackVips(ResourceGraph graph, DesiredState state)
    {
        var added = new List<AddressResource>();
        var labels = new LoopbackLabels(state.LoopbackVips.Select(v => v.Label).OfType<string>());
        foreach (var vip in state.LoopbackVips)
        {
            var label = vip.Address.IsIPv6 ? null : vip.Label ?? labels.Next();
            var resource = new AddressResource(LoopbackInterface, vip.Address, label, vip.Label is not null, vip.Ensure, announceCount: 0)
            {
                Origin = vip.Span,
                Purpose = vip.Ensure == Ensure.Present ? "DSR VIP on the loopback" : "DSR VIP declared absent",
            };
            graph.Add(resource);
            added.Add(resource);
        }

        return added;
    }

    private static void AddInterfaceVips(ResourceGraph graph, DesiredState state)
    {
        foreach (var vip in state.InterfaceVips)
        {
            var resource = new AddressResource(vip.Interface, vip.Address, vip.Label, vip.Label is not null, vip.Ensure, vip.AnnounceCount)
            {
                Origin = vip.Span,
                Purpose = vip.Ensure == Ensure.Present ? $"HA VIP on {vip.Interface}" : "HA VIP declared absent",
            };
            graph.Add(resource);
        }
    }
}
