using ConfigAgent.Compilation;
using ConfigAgent.Graph;
using ConfigAgent.Persistence;
using ConfigAgent.Platforms.Aix;
using ConfigAgent.Platforms.Aix.Commands;
using ConfigAgent.Platforms.Resources;
using ConfigAgent.Platforms.Templates;
using ConfigAgent.Testing;

namespace ConfigAgent.Platforms.Tests.Aix.Persistence;

public sealed class AixBootPersistenceTests
{
    private static ResourceGraph Compile(string yaml) =>
        new AixPlatform(new TemplateCache()).Compile(DocumentText.StateFor(yaml), new FactsBuilder("aix").Interface("en0", "192.0.2.11/24").Interface("lo0", "127.0.0.1/8").Build(), CompileContext.Empty);

    [Fact]
    public void The_boot_script_holds_exactly_the_seeds_line()
    {
        var graph = Compile("version: 1\nloopback_vips: [192.168.0.10]\naix: {persistence: {style: rc2, script: /home/dsr.sh, link: S09dsr_start}}\n");

        var script = Assert.Single(graph.Resources.OfType<FileResource>());

        Assert.Equal("/home/dsr.sh", script.Path);
        Assert.Equal("0755", FileModes.Text(script.Mode));
        Assert.Equal(
            "#!/bin/sh\n# Managed by ConfigAgent: change the desired state, not this file.\nifconfig lo0 alias 192.168.0.10 netmask 255.255.255.255 -arp\n",
            script.Content);
    }

    [Fact]
    public void The_script_is_linked_into_rc2_d_as_the_seed_does()
    {
        var graph = Compile("version: 1\nloopback_vips: [192.168.0.10]\naix: {persistence: {script: /home/dsr.sh, link: S09dsr_start}}\n");

        var link = Assert.Single(graph.Resources.OfType<SymlinkResource>());

        Assert.Equal(("/etc/rc.d/rc2.d/S09dsr_start", "/home/dsr.sh"), (link.Path, link.Target));
        Assert.Equal(["address:lo0/192.168.0.10", "file:/home/dsr.sh", "link:/etc/rc.d/rc2.d/S09dsr_start"], graph.Order().Select(r => r.Id.Value));
    }

    [Fact]
    public void Without_options_the_script_and_link_take_their_defaults()
    {
        var graph = Compile("version: 1\nloopback_vips: [192.168.0.10]\n");

        Assert.Equal(
            ["file:/etc/configagent/dsr.sh", "link:/etc/rc.d/rc2.d/S09dsr_start"],
            graph.Resources.Where(r => r.Side == ResourceSide.Persisted).Select(r => r.Id.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_line_of_the_script_is_the_command_apply_runs()
    {
        var graph = Compile("version: 1\nloopback_vips: [192.168.0.10, 2001:db8::10]\ninterface_vips: [{address: 192.0.2.100/24, interface: en0}]\n");

        var script = Assert.Single(graph.Resources.OfType<FileResource>()).Content!.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2);
        var runtime = graph.Resources.OfType<AddressResource>().OrderBy(a => a.Interface == "lo0" ? 0 : 1).ThenBy(a => a.Id)
            .Select(a => AixCommands.AddAlias(a.Interface, a.Address).ToString());

        Assert.Equal(runtime, script);
    }

    [Fact]
    public void The_rc_net_style_keeps_the_lines_in_a_managed_block_with_the_full_path_of_ifconfig()
    {
        var graph = Compile("version: 1\nloopback_vips: [192.168.0.10]\naix: {persistence: {style: rc.net}}\n");

        var block = Assert.Single(graph.Resources.OfType<ManagedBlockResource>());

        Assert.Equal("/etc/rc.net", block.Path);
        Assert.Equal("/usr/sbin/ifconfig lo0 alias 192.168.0.10 netmask 255.255.255.255 -arp\n", block.Block);
        Assert.DoesNotContain(graph.Resources, r => r is FileResource or SymlinkResource);
    }

    [Fact]
    public void With_no_persistence_the_plan_says_the_aliases_will_not_survive_a_reboot()
    {
        var graph = Compile("version: 1\nloopback_vips: [192.168.0.10]\naix: {persistence: {style: none}}\n");

        Assert.DoesNotContain(graph.Resources, r => r.Side == ResourceSide.Persisted);
        Assert.Contains(graph.Notes, n => n.StartsWith("aix.persistence.style is none", StringComparison.Ordinal));
    }

    [Fact]
    public void A_boot_script_template_that_cannot_render_blocks_the_plan_with_its_position()
    {
        var directory = Directory.CreateTempSubdirectory("configagent-templates-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(directory, "aix"));
            File.WriteAllText(Path.Combine(directory, "aix", "rc2-script.sbn"), "#!/bin/sh\n{{ for alias in aliases }}\n");

            var graph = new AixPlatform(new TemplateCache()).Compile(
                DocumentText.StateFor("version: 1\nloopback_vips: [192.168.0.10]\n"),
                new FactsBuilder("aix").Interface("lo0", "127.0.0.1/8").Build(),
                CompileContext.Empty with { TemplateDirectory = directory });

            var blocked = Assert.Single(graph.Resources.OfType<BlockedResource>());
            Assert.Equal(("file:/etc/configagent/dsr.sh", ResourceSide.Persisted), (blocked.Id.Value, blocked.Side));
            Assert.StartsWith($"{directory}/aix/rc2-script.sbn:2:", blocked.Test(new FactsBuilder("aix").Build())!.Reason);
            Assert.DoesNotContain(graph.Resources, r => r is FileResource);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
