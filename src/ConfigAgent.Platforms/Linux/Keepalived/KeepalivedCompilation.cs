using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Failover;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;
using ConfigAgent.Persistence;
using ConfigAgent.Platforms.Linux.Resources;
using ConfigAgent.Platforms.Templates;

namespace ConfigAgent.Platforms.Linux.Keepalived;

/// <summary>
/// What the failover VIPs of a host compile to (issue 15): keepalived's configuration file, the
/// keepalived unit where systemd runs the services, and one hands-off resource per VIP. No
/// address: the VIPs are keepalived's.
/// </summary>
internal sealed class KeepalivedCompilation(TemplateSet templates)
{
    private const string SysctlsFirst = "the document's sysctls (the ARP policy) are in force before keepalived starts";
    private const string ConfigurationFirst = "keepalived starts or reloads with the configuration this run writes";

    public void Add(ResourceGraph graph, DesiredState state, HostFacts facts, Ledger ledger)
    {
        var instances = VrrpInstance.ForHost(state, facts.Hostname);
        if (instances.Count == 0)
        {
            return;
        }

        foreach (var instance in instances)
        {
            foreach (var vip in instance.Vips)
            {
                graph.Add(new FailoverVipResource(instance, vip)
                {
                    Origin = vip.Span,
                    Purpose = $"failover VIP of group {instance.Name}: keepalived adds, removes and announces it; ConfigAgent only watches",
                });
            }

            if (Problem(instance, facts) is { } problem)
            {
                graph.Add(new BlockedResource(ResourceId.Of("vrrp", instance.Name), $"VRRP group {instance.Name}", ResourceSide.Runtime, problem)
                {
                    Origin = instance.Group.Span,
                    Purpose = "failover group",
                });
            }
        }

        var purpose = $"keepalived's configuration for the failover group{(instances.Count == 1 ? "" : "s")} {string.Join(", ", instances.Select(i => i.Name))}";
        var configuration = Foreign(facts, ledger, state) is { } foreign
            ? new BlockedResource(ResourceId.Of(ArtefactEntry.FileKind, KeepalivedPaths.Configuration), $"file {KeepalivedPaths.Configuration}", ResourceSide.Persisted, foreign)
            {
                Origin = state.Linux.Span.IsInFile ? state.Linux.Span : instances[0].Group.Span,
                Purpose = purpose,
            }
            : RenderedArtefact.File(KeepalivedPaths.Configuration, FileModes.ReadWriteReadRead, instances[0].Group.Span, purpose,
                () => KeepalivedConfTemplate.Render(templates, instances));
        graph.Add(configuration);

        if (facts.Files.GetValueOrDefault(KeepalivedPaths.SystemdMarker) is not { IsDirectory: true })
        {
            graph.AddNote("keepalived's service is not managed here (systemd does not run this host's services): start keepalived with "
                + $"-f {KeepalivedPaths.Configuration} after the sysctls are in force, and reload it (SIGHUP) after each change to the file");
            return;
        }

        // A configuration that is blocked (an operator's file, a template that does not render)
        // leaves nothing to start: the plan is blocked already.
        if (configuration is not FileResource { Content: { } content })
        {
            return;
        }

        var service = new KeepalivedServiceResource(instances, content)
        {
            Origin = instances[0].Group.Span,
            Purpose = "keepalived enabled and running on the configuration ConfigAgent writes",
        };
        graph.Add(service);
        graph.AddEdge(configuration.Id, service.Id, ConfigurationFirst);
        foreach (var sysctl in graph.Resources.OfType<SysctlResource>().Where(s => s.Ensure == Ensure.Present).ToList())
        {
            graph.AddEdge(sysctl.Id, service.Id, SysctlsFirst);
        }
    }

    /// <summary>
    /// Why the configuration must not be written: an operator's keepalived.conf (no ConfigAgent
    /// header, not in the ledger) is never replaced silently (issue 15 point 3).
    /// </summary>
    private static string? Foreign(HostFacts facts, Ledger ledger, DesiredState state)
    {
        if (facts.Files.GetValueOrDefault(KeepalivedPaths.Configuration) is not { Exists: true, Content: { } existing }
            || existing.StartsWith(KeepalivedPaths.OwnHeader, StringComparison.Ordinal)
            || ledger.Owns(ResourceId.Of(ArtefactEntry.FileKind, KeepalivedPaths.Configuration))
            || state.Linux.KeepalivedTakeOver == true)
        {
            return null;
        }

        return $"{KeepalivedPaths.Configuration} exists and ConfigAgent did not write it (no '{KeepalivedPaths.OwnHeader}' header, not in the ledger): "
            + "an operator's keepalived configuration is never replaced silently; to replace it (the old one is kept as a backup), set linux.keepalived.take_over: true";
    }

    /// <summary>Why keepalived could not run the group on this host as declared, seen in the base facts.</summary>
    private static string? Problem(VrrpInstance instance, HostFacts facts)
    {
        if (facts.FindInterface(instance.Interface) is not { } nic)
        {
            return $"there is no interface '{instance.Interface}'";
        }

        return nic.Find(instance.Self.Address) is null
            ? $"this host's member address {instance.Self.Address} is not on {instance.Interface}: keepalived would send its adverts from an address the host does not have"
            : null;
    }
}
