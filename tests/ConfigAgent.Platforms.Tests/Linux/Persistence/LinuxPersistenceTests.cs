using System.Text;
using ConfigAgent.Compilation;
using ConfigAgent.Graph;
using ConfigAgent.Persistence;
using ConfigAgent.Platforms.Linux;
using ConfigAgent.Platforms.Templates;
using ConfigAgent.Testing;

namespace ConfigAgent.Platforms.Tests.Linux.Persistence;

public sealed class LinuxPersistenceTests
{
    private const string Vips = """
        version: 1
        loopback_vips: [192.0.2.10, {address: 192.0.2.11, label: lo:web}, 192.0.2.12]
        interface_vips:
          - {address: 198.51.100.5/24, interface: eth0}
          - {address: 198.51.100.6/25, interface: eth0, label: eth0:vip}
        sysctls: {net.ipv4.ip_forward: 1, net.ipv4.ip_local_port_range: 1024 65000}
        """;

    private static ResourceGraph Compile(string yaml, ConfigAgent.Facts.HostFacts? facts = null) =>
        new LinuxPlatform(new TemplateCache()).Compile(DocumentText.StateFor(yaml), facts ?? FactsBuilder.LinuxDefaults().Build(), CompileContext.Empty);

    /// <summary>Every persisted artefact, path, mode and content, in apply order: one golden file per style.</summary>
    private static string Artefacts(ResourceGraph graph)
    {
        var text = new StringBuilder();
        foreach (var resource in graph.Order().Where(r => r.Side == ResourceSide.Persisted))
        {
            text.Append(resource switch
            {
                FileResource file => $"== {file.Path} ({FileModes.Text(file.Mode)})\n{file.Content}",
                SymlinkResource link => $"== {link.Path} -> {link.Target}\n",
                ManagedBlockResource block => $"== block in {block.Path}\n{block.Block}",
                _ => $"== {resource.Title}: {resource.Test(FactsBuilder.LinuxDefaults().Build())?.Reason}\n",
            });
        }

        return text.ToString();
    }

    [Fact]
    public void The_seeds_ifcfg_lo_0_is_rendered_exactly()
    {
        // ../shared/seeds: /etc/sysconfig/network-scripts/ifcfg-lo:0 on CentOS 7.
        const string Seed = "TYPE=Ethernet\nDEVICE=lo:0\nBOOTPROTO=none\nONBOOT=yes\nIPADDR=192.168.0.10\nNETMASK=255.255.255.255\n";

        var graph = Compile("version: 1\nloopback_vips: [192.168.0.10]\nlinux: {persistence: {addresses: network-scripts}}\n");

        var file = graph.Resources.OfType<FileResource>().Single(f => f.Path.Contains("ifcfg", StringComparison.Ordinal));
        Assert.Equal("/etc/sysconfig/network-scripts/ifcfg-lo:0", file.Path);
        Assert.Equal(Seed, file.Content);
    }

    [Theory]
    [InlineData("network-scripts", "sysctl.conf")]
    [InlineData("networkmanager", "sysctl.d")]
    [InlineData("systemd", "sysctl.d")]
    [InlineData("none", "none")]
    public void Every_style_renders_its_artefacts(string addresses, string sysctls)
    {
        var yaml = Vips + $"\nlinux: {{persistence: {{addresses: {addresses}, sysctls: {sysctls}}}}}\n";
        var withIpv6 = addresses is "networkmanager" or "systemd" ? yaml.Replace("192.0.2.12]", "192.0.2.12, 2001:db8::12]", StringComparison.Ordinal) : yaml;

        // The keyfile holds no labels, so validation refuses lo:web with networkmanager.
        withIpv6 = addresses == "networkmanager" ? withIpv6.Replace("label: lo:web", "label: lo", StringComparison.Ordinal) : withIpv6;

        Golden.Verify(Artefacts(Compile(withIpv6)), $"persistence-{addresses}-{sysctls}.txt");
    }

    [Fact]
    public void Network_scripts_refuse_ipv6_vips_with_the_reason()
    {
        var graph = Compile("version: 1\nloopback_vips: [2001:db8::10]\nlinux: {persistence: {addresses: network-scripts}}\n");

        var blocked = Assert.Single(graph.Resources.OfType<BlockedResource>());
        Assert.Equal("network-scripts cannot restore IPv6 aliases: choose linux.persistence.addresses: systemd or networkmanager", blocked.Test(FactsBuilder.LinuxDefaults().Build())!.Reason);
    }

    [Fact]
    public void Auto_chooses_network_scripts_where_the_legacy_network_service_is_installed_else_systemd()
    {
        const string Yaml = "version: 1\nloopback_vips: [192.0.2.10]\n";

        var centos7 = Compile(Yaml, FactsBuilder.LinuxDefaults().File("/etc/sysconfig/network-scripts/ifup-aliases", "#!/bin/bash\n", "0755").Build());
        var rhel9 = Compile(Yaml, FactsBuilder.LinuxDefaults().Directory("/etc/sysconfig/network-scripts").File("/etc/sysconfig/network-scripts/ifup-aliases", null).Build());

        Assert.Contains(centos7.Resources, r => r.Id.Value == "file:/etc/sysconfig/network-scripts/ifcfg-lo:0");
        Assert.Contains(rhel9.Resources, r => r.Id.Value == "file:/etc/configagent/addresses.batch");
    }

    [Fact]
    public void Auto_blocks_a_label_network_scripts_cannot_restore_at_the_labels_position()
    {
        const string Yaml = "version: 1\nloopback_vips: [{address: 192.0.2.10, label: lo:web-1}, 192.0.2.11]\n";
        var centos7 = FactsBuilder.LinuxDefaults().File("/etc/sysconfig/network-scripts/ifup-aliases", "#!/bin/bash\n", "0755").Build();

        var graph = Compile(Yaml, centos7);

        var blocked = Assert.Single(graph.Resources.OfType<BlockedResource>());
        Assert.Equal(
            ("boot persistence of 192.0.2.10/32 on lo", "test.yaml:2:46",
                "label 'lo:web-1' cannot be restored at boot by network-scripts: ifup-aliases accepts only letters, digits and '_' after the ':' (ifcfg-lo:web-1 fails with \"invalid alias number\"); write one such as lo:web_1, or choose linux.persistence.addresses: systemd (linux.persistence.addresses: auto chose network-scripts: ifup-aliases is installed)"),
            (blocked.Title, blocked.Origin.ToString(), blocked.Test(centos7)!.Reason));
        Assert.Equal(["/etc/sysconfig/network-scripts/ifcfg-lo:0"], graph.Resources.OfType<FileResource>().Select(f => f.Path).Where(p => p.Contains("ifcfg", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_label_found_on_the_host_that_ifup_aliases_cannot_restore_does_not_name_the_file()
    {
        var facts = new FactsBuilder().Interface("lo", "127.0.0.1/8 lo host", "192.0.2.10/32 lo:web-1").Interface("eth0", "192.0.2.11/24 eth0").Build();

        var graph = Compile("version: 1\nloopback_vips: [192.0.2.10]\nlinux: {persistence: {addresses: network-scripts}}\n", facts);

        var file = Assert.Single(graph.Resources.OfType<FileResource>(), f => f.Path.Contains("ifcfg", StringComparison.Ordinal));
        Assert.Equal(("/etc/sysconfig/network-scripts/ifcfg-lo:0", true), (file.Path, file.Content!.Contains("DEVICE=lo:0\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void After_a_reboot_restores_the_ifcfg_files_the_next_plan_is_empty()
    {
        const string Yaml = """
            version: 1
            loopback_vips: [192.0.2.10, {address: 192.0.2.11, label: lo:web_1}]
            interface_vips:
              - {address: 198.51.100.5/24, interface: eth0, label: eth0:ha_1}
              - {address: 198.51.100.6/24, interface: eth0}
            linux: {persistence: {addresses: network-scripts}}
            """;
        var files = Compile(Yaml).Resources.OfType<FileResource>().ToList();

        var booted = Boot(files);
        var plan = ConfigAgent.Planning.Planner.Diff(Compile(Yaml, booted).Order(), booted);

        // The control: the boot brought every VIP back, under the label its file gave it.
        Assert.Equal(
            ["lo 192.0.2.10/32 lo:0", "lo 192.0.2.11/32 lo:web_1", "eth0 198.51.100.5/24 eth0:ha_1", "eth0 198.51.100.6/24 eth0:0"],
            booted.Interfaces.SelectMany(i => i.Addresses.Skip(1).Select(a => $"{i.Name} {a.Address}/{a.PrefixLength} {a.Label}")));
        Assert.Empty(plan.Select(c => $"{c.Resource.Title}: {c.Reason}"));
    }

    /// <summary>
    /// A fresh host after initscripts' boot, read from the rendered files alone: systemd-sysctl
    /// applies the drop-in, ifup-aliases adds IPADDR/NETMASK to the parent of DEVICE with the label DEVICE.
    /// </summary>
    private static ConfigAgent.Facts.HostFacts Boot(IReadOnlyList<FileResource> files)
    {
        var restored = new Dictionary<string, List<string>> { ["lo"] = ["127.0.0.1/8 lo host"], ["eth0"] = ["192.0.2.11/24 eth0 global"] };
        var builder = new FactsBuilder();
        foreach (var file in files)
        {
            builder.File(file.Path, file.Content, FileModes.Text(file.Mode));
            var values = file.Content!.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
            if (file.Path.Contains("/ifcfg-", StringComparison.Ordinal))
            {
                var ifcfg = values.Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
                var prefix = ifcfg["NETMASK"].Split('.').Sum(octet => System.Numerics.BitOperations.PopCount(uint.Parse(octet, System.Globalization.CultureInfo.InvariantCulture)));
                restored[ifcfg["DEVICE"].Split(':')[0]].Add($"{ifcfg["IPADDR"]}/{prefix} {ifcfg["DEVICE"]} global");
            }
            else
            {
                foreach (var setting in values.Select(l => l.Split(" = ")))
                {
                    builder.Sysctl(setting[0], setting[1]);
                }
            }
        }

        return builder.Interface("lo", [.. restored["lo"]]).Interface("eth0", [.. restored["eth0"]]).Build();
    }

    [Fact]
    public void Absent_vips_are_not_persisted()
    {
        var graph = Compile("version: 1\nloopback_vips: [{address: 192.0.2.10, ensure: absent}]\nlinux: {persistence: {addresses: systemd}}\n");

        Assert.DoesNotContain(graph.Resources, r => r.Side == ResourceSide.Persisted);
    }

    /// <summary>Compiles with one template override (its name and text); the directory is gone again when this returns.</summary>
    private static (ResourceGraph Graph, string Directory) CompileWithOverride(string template, string text, string yaml, CompileContext? context = null)
    {
        var directory = Directory.CreateTempSubdirectory("configagent-templates-").FullName;
        try
        {
            var file = Path.Combine(directory, template + ".sbn");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
            var graph = new LinuxPlatform(new TemplateCache()).Compile(
                DocumentText.StateFor(yaml), FactsBuilder.LinuxDefaults().Build(), (context ?? CompileContext.Empty) with { TemplateDirectory = directory });
            return (graph, directory);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void An_override_directory_replaces_an_embedded_template()
    {
        var (graph, _) = CompileWithOverride(
            "linux/sysctl.d",
            "# site header\n{{~ for sysctl in sysctls ~}}\n{{ sysctl.name }}={{ sysctl.value }}\n{{~ end ~}}\n",
            "version: 1\nsysctls: {net.ipv4.ip_forward: 1}\n");

        Assert.Equal("# site header\nnet.ipv4.ip_forward=1\n", graph.Resources.OfType<FileResource>().Single().Content);
    }

    [Fact]
    public void An_artefact_whose_template_cannot_render_is_blocked_with_the_templates_position()
    {
        var (graph, directory) = CompileWithOverride(
            "linux/ifcfg-alias",
            "DEVICE={{ devise }}\n",
            "version: 1\nloopback_vips: [192.0.2.10]\nsysctls: {net.ipv4.ip_forward: 1}\nlinux: {persistence: {addresses: network-scripts}}\n");

        var blocked = Assert.Single(graph.Resources.OfType<BlockedResource>());
        Assert.Equal(
            ("file:/etc/sysconfig/network-scripts/ifcfg-lo:0", "boot artefact /etc/sysconfig/network-scripts/ifcfg-lo:0 (template linux/ifcfg-alias)", "test.yaml:2:17",
                $"{directory}/linux/ifcfg-alias.sbn:1:11: The variable or function `devise` was not found"),
            (blocked.Id.Value, blocked.Title, blocked.Origin.ToString(), blocked.Test(FactsBuilder.LinuxDefaults().Build())!.Reason));
        Assert.Contains(graph.Resources, r => r.Id.Value == "file:/etc/sysctl.d/90-configagent.conf");
    }

    [Fact]
    public void A_file_configagent_wrote_is_not_planned_for_removal_while_its_template_cannot_render()
    {
        var ledger = new ConfigAgent.Ownership.Ledger([new ConfigAgent.Ownership.ArtefactEntry(ResourceId.Of("file", "/etc/sysctl.d/90-configagent.conf"), "/etc/sysctl.d/90-configagent.conf")]);

        var (graph, _) = CompileWithOverride("linux/sysctl.d", "{{ for s in sysctls }}", "version: 1\nsysctls: {net.ipv4.ip_forward: 1}\n", new CompileContext(ledger));

        var artefact = Assert.Single(graph.Resources, r => r.Side == ResourceSide.Persisted);
        Assert.Equal((typeof(BlockedResource), "file:/etc/sysctl.d/90-configagent.conf"), (artefact.GetType(), artefact.Id.Value));
    }
}
