using System.Security.Cryptography;
using System.Text;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Persistence;
using ConfigAgent.Platforms.Linux.Resources;
using ConfigAgent.Platforms.Resources;
using ConfigAgent.Platforms.Templates;
using ConfigAgent.Validation;

namespace ConfigAgent.Platforms.Linux.Persistence;

/// <summary>
/// The boot side of a Linux desired state: the artefacts that make the host come back after a
/// reboot as it is now, rendered from templates, one resource each. Sysctls go to a sysctl.d
/// drop-in or a managed block of /etc/sysctl.conf; addresses to ifcfg files (the seed), a
/// NetworkManager keyfile, or a oneshot unit ordered after the sysctls and before the network.
/// </summary>
internal sealed class LinuxPersistence(TemplateSet templates)
{
    public void Add(ResourceGraph graph, DesiredState state, HostFacts facts)
    {
        var origin = state.Linux.Span;
        AddSysctls(graph, state.Linux.Sysctls ?? SysctlPersistence.SysctlD, origin);
        var addresses = AddressResource.AtBoot(graph, LinuxPlatform.LoopbackInterface);
        if (addresses.Count == 0)
        {
            return;
        }

        switch (Style(state, facts))
        {
            case AddressPersistence.NetworkScripts:
                AddIfcfgFiles(graph, addresses, state, facts, chosenByAuto: state.Linux.Addresses is null or AddressPersistence.Auto);
                break;
            case AddressPersistence.NetworkManager:
                var (loopback, nics) = (addresses.Where(a => a.Interface == LinuxPlatform.LoopbackInterface).ToList(), addresses.Where(a => a.Interface != LinuxPlatform.LoopbackInterface).ToList());
                AddKeyfile(graph, loopback, origin);
                AddUnit(graph, nics, origin, "HA VIPs at boot (NetworkManager profiles belong to the NIC's owner)");
                break;
            case AddressPersistence.Systemd:
                AddUnit(graph, addresses, origin, "VIPs at boot");
                break;
        }
    }

    /// <summary>auto: network-scripts where the legacy network service is installed (the seed's CentOS 7), else the systemd unit.</summary>
    public static AddressPersistence Style(DesiredState state, HostFacts facts) =>
        state.Linux.Addresses is { } chosen and not AddressPersistence.Auto ? chosen
        : facts.Files.GetValueOrDefault(LinuxPersistencePaths.IfupAliases) is { Exists: true, IsDirectory: false } ? AddressPersistence.NetworkScripts
        : AddressPersistence.Systemd;

    private void AddSysctls(ResourceGraph graph, SysctlPersistence style, SourceSpan origin)
    {
        var sysctls = graph.Resources.OfType<SysctlResource>()
            .Where(s => s.Ensure == Ensure.Present)
            .OrderBy(s => s.Name.Text, StringComparer.Ordinal)
            .Select(s => (s.Name.Text, s.Value))
            .ToList();
        if (sysctls.Count == 0 || style == SysctlPersistence.None)
        {
            return;
        }

        graph.Add(style == SysctlPersistence.SysctlConf
            ? RenderedArtefact.Block(
                LinuxPersistencePaths.SysctlConf, FileModes.ReadWriteReadRead, origin, "the sysctls at boot, in a managed block of /etc/sysctl.conf (the seed's way)",
                () => SysctlTemplate.Render(templates, SysctlTemplate.Block, sysctls))
            : RenderedArtefact.File(
                LinuxPersistencePaths.SysctlDropIn, FileModes.ReadWriteReadRead, origin, "the sysctls at boot (sysctl.d drop-in)",
                () => SysctlTemplate.Render(templates, SysctlTemplate.DropIn, sysctls)));
    }

    private void AddIfcfgFiles(ResourceGraph graph, List<AddressResource> addresses, DesiredState state, HostFacts facts, bool chosenByAuto)
    {
        foreach (var group in addresses.GroupBy(a => a.Interface))
        {
            // ifup-aliases restores only some labels (issue 18): an explicit one it cannot is
            // refused, an implicit one (chosen here or found on the host) is numbered instead.
            bool Restorable(string? label) =>
                label is not null && label.Contains(':', StringComparison.Ordinal) && PersistedLabels.Problem(label, group.Key, AddressPersistence.NetworkScripts) is null;

            // An alias keeps its file name while others come and go: its own label, else the one
            // its address carries on the host, else the next free number.
            var labels = new AliasLabels(group.Key, group.Select(a => a.Label).Where(Restorable).OfType<string>());
            var onHost = facts.FindInterface(group.Key);
            var observed = group.Where(a => !Restorable(a.Label))
                .Select(a => (Address: a, Label: onHost?.Find(a.Address.Address)?.Label))
                .Where(p => Restorable(p.Label) && labels.TryTake(p.Label))
                .ToDictionary(p => p.Address, p => p.Label!);
            foreach (var address in group)
            {
                if (address.Address.IsIPv6)
                {
                    graph.Add(new BlockedResource(ResourceId.Of("file", $"{LinuxPersistencePaths.NetworkScripts}/ifcfg-{group.Key} (IPv6 {address.Address.Address})"),
                        $"boot persistence of {address.Address} on {group.Key}", ResourceSide.Persisted,
                        "network-scripts cannot restore IPv6 aliases: choose linux.persistence.addresses: systemd or networkmanager")
                    {
                        Origin = address.Origin,
                        Purpose = "boot persistence (network-scripts)",
                    });
                    continue;
                }

                if (address is { LabelIsExplicit: true, Label: { } explicitLabel }
                    && PersistedLabels.Problem(explicitLabel, group.Key, AddressPersistence.NetworkScripts) is { } problem)
                {
                    graph.Add(new BlockedResource(ResourceId.Of("file", $"{LinuxPersistencePaths.NetworkScripts}/ifcfg-{group.Key} (label {explicitLabel})"),
                        $"boot persistence of {address.Address} on {group.Key}", ResourceSide.Persisted,
                        problem + (chosenByAuto ? " (linux.persistence.addresses: auto chose network-scripts: ifup-aliases is installed)" : ""))
                    {
                        Origin = LabelSpan(state, address),
                        Purpose = "boot persistence (network-scripts)",
                    });
                    continue;
                }

                var device = Restorable(address.Label) ? address.Label! : observed.GetValueOrDefault(address) ?? labels.Next();
                graph.Add(RenderedArtefact.File(
                    $"{LinuxPersistencePaths.NetworkScripts}/ifcfg-{device}", FileModes.ReadWriteReadRead, address.Origin, $"boot persistence of {address.Address} (network-scripts, as in the seed)",
                    () => IfcfgAliasTemplate.Render(templates, device, address.Address)));
            }
        }
    }

    private static SourceSpan LabelSpan(DesiredState state, AddressResource address) =>
        state.LoopbackVips.FirstOrDefault(v => address.Interface == LinuxPlatform.LoopbackInterface && v.Address.Address.Equals(address.Address.Address))?.LabelSpan
        ?? state.InterfaceVips.FirstOrDefault(v => v.Interface == address.Interface && v.Address.Address.Equals(address.Address.Address))?.LabelSpan
        ?? address.Origin;

    private void AddKeyfile(ResourceGraph graph, List<AddressResource> loopback, SourceSpan origin)
    {
        if (loopback.Count == 0)
        {
            return;
        }

        const string Id = "configagent-lo";
        var uuid = new Guid(MD5.HashData(Encoding.UTF8.GetBytes(Id)));

        // NetworkManager ignores keyfiles other users can read.
        graph.Add(RenderedArtefact.File(
            LinuxPersistencePaths.NetworkManagerLoopback, FileModes.ReadWriteOnly, origin, "DSR VIPs at boot (NetworkManager keyfile for lo)",
            () => LoopbackKeyfileTemplate.Render(templates, Id, uuid, [.. loopback.Select(a => a.Address)])));
    }

    private void AddUnit(ResourceGraph graph, List<AddressResource> addresses, SourceSpan origin, string purpose)
    {
        if (addresses.Count == 0)
        {
            return;
        }

        var devices = addresses.Select(a => a.Interface).Where(i => i != LinuxPlatform.LoopbackInterface).Distinct(StringComparer.Ordinal)
            .Select(SystemdNames.DeviceUnit);
        graph.Add(RenderedArtefact.File(
            LinuxPersistencePaths.AddressBatch, FileModes.ReadWriteReadRead, origin, $"{purpose}: the addresses for ip -batch",
            () => AddressBatchTemplate.Render(templates, addresses.Select(a => (a.Interface, a.Address, a.Label)))));
        graph.Add(RenderedArtefact.File(
            LinuxPersistencePaths.AddressUnit, FileModes.ReadWriteReadRead, origin, $"{purpose}: the oneshot unit",
            () => AddressUnitTemplate.Render(templates, LinuxPersistencePaths.Ip, LinuxPersistencePaths.AddressBatch, devices)));
        graph.Add(new SymlinkResource(LinuxPersistencePaths.AddressUnitLink, LinuxPersistencePaths.AddressUnit) { Origin = origin, Purpose = $"{purpose}: the unit enabled, as systemctl enable does" });
    }
}
