using System.Globalization;
using ConfigAgent.Compilation;
using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;
using ConfigAgent.Platforms.Resources;
using ConfigAgent.Platforms.Windows.Commands;
using ConfigAgent.Platforms.Windows.Resources;

namespace ConfigAgent.Platforms.Windows;

/// <summary>
/// Compiles a desired state into Windows resources, as the seed sets up a DSR real server: the
/// loopback adapter, weak host receive on it and on the NICs, weak host send and metric 254 on it,
/// then the VIPs on it with netsh. The settings are in force before any VIP is added (the
/// ARP-relevant settings come first, as on Linux) and are put back only after the VIPs are gone.
/// </summary>
internal sealed class WindowsPlatform : IPlatform
{
    private const string SettingsBeforeVip =
        "weak host receive/send and the loopback's metric are in force before a DSR VIP is added (the seed's order)";

    private const string VipBeforeRestore = "a DSR VIP is removed before the settings it needed are put back: the order of adding, reversed";

    public string Name => WindowsModule.Name;

    public ResourceGraph Compile(DesiredState state, HostFacts facts, CompileContext context)
    {
        var graph = new ResourceGraph();
        var options = state.Windows;
        var loopback = options.LoopbackAdapter ?? WindowsOptions.DefaultLoopbackAdapter;
        var present = state.LoopbackVips.Where(v => v.Ensure == Ensure.Present).ToList();
        var createdFirst = present.Count > 0 && facts.FindInterface(loopback) is null && options.CreateLoopback == true;
        if (present.Count > 0)
        {
            graph.Add(new LoopbackAdapterResource(loopback, options.CreateLoopback == true)
            {
                Origin = options.Span,
                Purpose = "the Microsoft loopback adapter that holds the DSR VIPs (windows.loopback_adapter)",
            });
            var nics = WindowsNics.Choose(options, facts, loopback);
            foreach (var family in present.Select(v => v.Address.IsIPv6 ? "ipv6" : "ipv4").Distinct().Order(StringComparer.Ordinal))
            {
                AddSettings(graph, state, family, loopback, createdFirst, nics);
            }
        }

        foreach (var vip in state.LoopbackVips)
        {
            graph.Add(AddressResource.DsrVip(vip, loopback, label: null, "DSR VIP on the loopback adapter (mask 255.255.255.255, skipassource)", NetshCommands.Instance, createdFirst));
        }

        foreach (var vip in state.InterfaceVips)
        {
            graph.Add(AddressResource.HaVip(vip, label: null, NetshCommands.Instance));
        }

        LedgerRemovals.Add(graph, context.Ledger, NetshCommands.Instance, entry => entry is NetshSettingEntry setting ? NetshSettingResource.Restore(setting) : null);
        AddEdges(graph, loopback);
        AddNotes(graph, state);
        return graph;
    }

    private static void AddSettings(ResourceGraph graph, DesiredState state, string family, string loopback, bool createdFirst, WindowsNics nics)
    {
        var options = state.Windows;
        var metric = (options.Metric ?? WindowsOptions.DefaultMetric).ToString(CultureInfo.InvariantCulture);
        Add(loopback, NetshSettings.WeakHostReceive, "enabled", "the loopback receives for the VIP (weak host receive, the seed)");
        Add(loopback, NetshSettings.WeakHostSend, "enabled", "replies leave from the VIP through the NIC (weak host send, the seed)");
        Add(loopback, NetshSettings.Metric, metric, "the loopback never wins a route (the seed sets metric 254)");
        foreach (var nic in nics.Names)
        {
            Add(nic, NetshSettings.WeakHostReceive, "enabled", $"{nic} accepts traffic for the VIP held on the loopback (weak host receive, the seed){nics.Why}");
        }

        if (nics.Problem is { } problem)
        {
            graph.Add(new BlockedResource(ResourceId.Of("netsh", $"{family}.(nics).{NetshSettings.WeakHostReceive}"), $"{family} weakhostreceive on the NICs", ResourceSide.Runtime, problem)
            {
                Origin = options.Span,
                Purpose = "weak host receive on the NICs that receive the VIP traffic",
            });
        }

        void Add(string adapter, string parameter, string value, string purpose)
        {
            if (!graph.Contains(NetshSettingResource.IdOf(family, adapter, parameter)))
            {
                graph.Add(new NetshSettingResource(family, adapter, parameter, value)
                {
                    AdapterCreatedFirst = createdFirst && adapter == loopback,
                    Origin = options.Span,
                    Purpose = purpose,
                });
            }
        }
    }

    private static void AddEdges(ResourceGraph graph, string loopback)
    {
        var adapter = graph.Resources.OfType<LoopbackAdapterResource>().FirstOrDefault();
        var settings = graph.Resources.OfType<NetshSettingResource>().ToList();
        var vips = graph.Resources.OfType<AddressResource>().Where(a => a.Interface == loopback).ToList();
        if (adapter is not null)
        {
            foreach (var resource in settings.Where(s => s.Adapter == loopback && s.Ensure == Ensure.Present).Cast<Resource>().Concat(vips.Where(v => v.Ensure == Ensure.Present)))
            {
                graph.AddEdge(adapter.Id, resource.Id, "the loopback adapter exists before anything is set on it");
            }
        }

        AddressResource.Guard(
            graph,
            vips,
            [.. settings.Where(s => s.Ensure == Ensure.Present)],
            [.. settings.Where(s => s.Ensure == Ensure.Absent)],
            SettingsBeforeVip,
            VipBeforeRestore);
        AddressResource.OrderMoves(graph);
    }

    private static void AddNotes(ResourceGraph graph, DesiredState state)
    {
        if (graph.Count > 0)
        {
            graph.AddNote("netsh settings and addresses persist by themselves (netsh stores them persistently by default): Windows needs no boot artefact");
        }

        if (state.Arp is { } arp)
        {
            graph.AddNote((arp.IsDerived ? "the ARP policy derived from the DSR VIPs" : "arp:")
                + " is a Linux kernel setting (arp_ignore, arp_announce) and is not applied on Windows: the VIP sits on the loopback adapter, "
                + "which no ARP request reaches, and weak host receive/send let the NIC accept and answer traffic for it (the seed)");
        }

        if (state.Sysctls.Count > 0)
        {
            graph.AddNote($"sysctls are Linux kernel parameters and are not applied on Windows: {string.Join(", ", state.Sysctls.Select(s => s.Name.Text))}");
        }

        if (state.LoopbackVips.Any(v => v.Label is not null) || state.InterfaceVips.Any(v => v.Label is not null))
        {
            graph.AddNote("address labels are Linux's (lo:0, eth0:1): Windows addresses have none, the labels are not used");
        }
    }
}
