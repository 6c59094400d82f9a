using ConfigAgent.Compilation;
using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;
using ConfigAgent.Persistence;
using ConfigAgent.Platforms.Linux.Persistence;
using ConfigAgent.Platforms.Linux.Resources;
using ConfigAgent.Platforms.Resources;
using ConfigAgent.Platforms.Templates;

namespace ConfigAgent.Platforms.Linux;

/// <summary>
/// Compiles a desired state into Linux resources: the ARP sysctls, the other sysctls, the VIPs
/// on lo and on NICs, the removals of what ConfigAgent created and no longer finds declared, and
/// the ordering that keeps a DSR real server from ever answering ARP for its VIPs.
/// </summary>
internal sealed class LinuxPlatform(TemplateCache templates) : IPlatform
{
    public const string LoopbackInterface = "lo";

    private const string ArpBeforeVip =
        "the ARP policy must be in force before a DSR VIP exists, or the host answers ARP for it (the kernel applies max(all, interface))";

    private const string VipBeforeArpRelaxed =
        "a DSR VIP is removed before the ARP policy is relaxed: the order of adding, reversed";

    public string Name => "linux";

    public ResourceGraph Compile(DesiredState state, HostFacts facts, CompileContext context)
    {
        var graph = new ResourceGraph();
        var arpSysctls = AddArpPolicy(graph, state);
        AddSysctls(graph, state, context.Ledger);
        AddLoopbackVips(graph, state, facts, context.Ledger);
        AddInterfaceVips(graph, state);
        new LinuxPersistence(templates.For(context.TemplateDirectory)).Add(graph, state, facts);
        LedgerRemovals.Add(graph, context.Ledger, addresses: null, entry => entry is SysctlEntry sysctl ? SysctlResource.Restore(sysctl) : null);
        PersistenceRemovals.Add(graph, context.Ledger);
        AddEdges(graph, arpSysctls);
        return graph;
    }

    private static void AddEdges(ResourceGraph graph, List<SysctlResource> arpSysctls)
    {
        var restores = graph.Resources.OfType<SysctlResource>()
            .Where(s => s.Ensure == Ensure.Absent && s.Name.Segments[^1] is "arp_ignore" or "arp_announce")
            .ToList();
        var dsrVips = graph.Resources.OfType<AddressResource>().Where(a => a.Interface == LoopbackInterface && !a.Address.IsIPv6).ToList();
        AddressResource.Guard(graph, dsrVips, arpSysctls, restores, ArpBeforeVip, VipBeforeArpRelaxed);
        AddressResource.OrderMoves(graph);
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

    private static void AddSysctls(ResourceGraph graph, DesiredState state, Ledger ledger)
    {
        foreach (var setting in state.Sysctls)
        {
            var id = SysctlResource.IdOf(setting.Name);

            // Validation rejects a sysctl that contradicts the ARP policy, so an equal one is a repeat.
            if (graph.Contains(id))
            {
                continue;
            }

            if (setting.Ensure == Ensure.Present)
            {
                graph.Add(new SysctlResource(setting.Name, setting.Value!) { Origin = setting.Span, Purpose = "sysctl" });
            }
            else if (ledger.Find<SysctlEntry>(id)?.Original is { } original)
            {
                graph.Add(new SysctlResource(setting.Name, original, Ensure.Absent)
                {
                    Origin = setting.Span,
                    Purpose = "sysctl declared absent: the value from before ConfigAgent is restored",
                });
            }
        }
    }

    private static void AddLoopbackVips(ResourceGraph graph, DesiredState state, HostFacts facts, Ledger ledger)
    {
        var labels = new AliasLabels(LoopbackInterface, state.LoopbackVips.Select(v => v.Label).OfType<string>());
        var implicitLabels = new Dictionary<LoopbackVip, string>();
        var onHost = facts.FindInterface(LoopbackInterface);
        var unlabelled = state.LoopbackVips.Where(v => v.Label is null && !v.Address.IsIPv6).ToList();

        // Settled labels first (as on the host, then as ConfigAgent gave them), new ones after.
        foreach (var vip in unlabelled.Where(v => labels.TryTake(onHost?.Find(v.Address.Address)?.Label)))
        {
            implicitLabels[vip] = onHost!.Find(vip.Address.Address)!.Label!;
        }

        foreach (var vip in unlabelled.Where(v => !implicitLabels.ContainsKey(v)))
        {
            var recorded = ledger.Find<AddressEntry>(AddressResource.IdOf(LoopbackInterface, vip.Address))?.Label;
            if (labels.TryTake(recorded))
            {
                implicitLabels[vip] = recorded!;
            }
        }

        foreach (var vip in state.LoopbackVips)
        {
            var label = vip.Address.IsIPv6 ? null : vip.Label ?? implicitLabels.GetValueOrDefault(vip) ?? (implicitLabels[vip] = labels.Next());
            graph.Add(AddressResource.DsrVip(vip, LoopbackInterface, label, "DSR VIP on the loopback", commands: null));
        }
    }

    private static void AddInterfaceVips(ResourceGraph graph, DesiredState state)
    {
        foreach (var vip in state.InterfaceVips)
        {
            graph.Add(AddressResource.HaVip(vip, vip.Label, commands: null));
        }
    }
}
