using ConfigAgent.Compilation;
using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Persistence;
using ConfigAgent.Platforms.Aix.Commands;
using ConfigAgent.Platforms.Aix.Persistence;
using ConfigAgent.Platforms.Resources;
using ConfigAgent.Platforms.Templates;

namespace ConfigAgent.Platforms.Aix;

/// <summary>
/// Compiles a desired state into AIX resources: DSR VIPs as lo0 aliases added with -arp (the
/// seed), HA VIPs as aliases on their enX with the netmask of their prefix, their removals, and
/// the boot script. AIX has no arp_ignore/arp_announce: the document's ARP policy and sysctls are
/// Linux kernel parameters, and the plan says so instead of pretending to apply them.
/// </summary>
internal sealed class AixPlatform(TemplateCache templates) : IPlatform
{
    public const string Loopback = "lo0";

    public string Name => AixModule.Name;

    public ResourceGraph Compile(DesiredState state, HostFacts facts, CompileContext context)
    {
        var graph = new ResourceGraph();
        foreach (var vip in state.LoopbackVips)
        {
            graph.Add(AddressResource.DsrVip(vip, Loopback, label: null, "DSR VIP on lo0 (-arp: lo0 never answers ARP for it)", AixCommands.Instance));
        }

        foreach (var vip in state.InterfaceVips)
        {
            graph.Add(AddressResource.HaVip(vip, label: null, AixCommands.Instance));
        }

        new AixBootPersistence(templates.For(context.TemplateDirectory)).Add(graph, state);
        LedgerRemovals.Add(graph, context.Ledger, AixCommands.Instance, _ => null);
        PersistenceRemovals.Add(graph, context.Ledger);
        AddressResource.OrderMoves(graph);
        AddNotes(graph, state, facts);
        return graph;
    }

    private static void AddNotes(ResourceGraph graph, DesiredState state, HostFacts facts)
    {
        if (state.Arp is { } arp)
        {
            graph.AddNote(arp.IsDerived
                ? "the ARP policy derived from the DSR VIPs (arp_ignore, arp_announce) is Linux's: on AIX each lo0 alias is added with -arp instead (the seed)"
                : "arp: is a Linux kernel setting (arp_ignore, arp_announce) and is not applied on AIX: each lo0 alias is added with -arp instead (the seed)");
        }

        if (state.Sysctls.Count > 0)
        {
            graph.AddNote($"sysctls are Linux kernel parameters and are not applied on AIX: {string.Join(", ", state.Sysctls.Select(s => s.Name.Text))}");
        }

        if (state.LoopbackVips.Any(v => v.Label is not null) || state.InterfaceVips.Any(v => v.Label is not null))
        {
            graph.AddNote("address labels are Linux's (lo:0, eth0:1): AIX aliases have none, the labels are not used");
        }

        if (state.LoopbackVips.Count > 0)
        {
            foreach (var (destination, gateway) in AixRoutes.Stray(facts.Settings))
            {
                graph.AddNote(AixRoutes.Warning(destination, gateway));
            }
        }
    }
}
