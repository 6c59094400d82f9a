using ConfigAgent.Compilation;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Output;
using ConfigAgent.Planning;
using ConfigAgent.Platforms.Windows;
using ConfigAgent.Platforms.Windows.Resources;
using ConfigAgent.Testing;

namespace ConfigAgent.Platforms.Tests.Windows;

public sealed class WindowsPlatformTests
{
    private static HostFacts Host(bool withLoopback = true)
    {
        var facts = new FactsBuilder("windows", "web-win-01").Interface("Ethernet0", "192.0.2.11/24");
        if (withLoopback)
        {
            facts.Interface("Loopback");
        }

        // As the observer records them: an adapter that does not exist has every parameter null.
        foreach (var adapter in new[] { "Ethernet0", "Loopback" })
        {
            var exists = adapter == "Ethernet0" || withLoopback;
            facts.Sysctl($"netsh.ipv4.{adapter}.weakhostreceive", exists ? "disabled" : null)
                .Sysctl($"netsh.ipv4.{adapter}.weakhostsend", exists ? "disabled" : null)
                .Sysctl($"netsh.ipv4.{adapter}.metric", exists ? "25" : null);
        }

        return facts.Build();
    }

    private static ResourceGraph Compile(string yaml, HostFacts? facts = null) =>
        new WindowsPlatform().Compile(DocumentText.StateFor(yaml), facts ?? Host(), CompileContext.Empty);

    private static IReadOnlyList<Change> Diff(string yaml, HostFacts? facts = null) => Planner.Diff(Compile(yaml, facts).Order(), facts ?? Host());

    [Fact]
    public void The_seed_sets_weak_host_and_the_metric_before_the_vip_and_shows_each_exact_command()
    {
        var commands = Diff("version: 1\nloopback_vips: [192.168.0.10]\nwindows: {loopback_adapter: Loopback, nics: [Ethernet0]}\n")
            .SelectMany(c => c.Commands).Select(c => c.ToString());

        Assert.Equal(
            [
                "netsh interface ipv4 set interface interface=Ethernet0 weakhostreceive=enabled",
                "netsh interface ipv4 set interface interface=Loopback metric=254",
                "netsh interface ipv4 set interface interface=Loopback weakhostreceive=enabled",
                "netsh interface ipv4 set interface interface=Loopback weakhostsend=enabled",
                "netsh interface ipv4 add address name=Loopback address=192.168.0.10 mask=255.255.255.255 skipassource=true",
            ],
            commands);
    }

    [Fact]
    public void Every_setting_is_an_edge_before_every_vip_not_just_a_lower_rank()
    {
        var graph = Compile("version: 1\nloopback_vips: [192.168.0.10]\n");

        var before = graph.Edges.Where(e => e.To.Value == "address:Loopback/192.168.0.10").Select(e => e.From.Value).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["adapter:Loopback", "netsh:ipv4.Ethernet0.weakhostreceive", "netsh:ipv4.Loopback.metric", "netsh:ipv4.Loopback.weakhostreceive", "netsh:ipv4.Loopback.weakhostsend"],
            before);
    }

    [Fact]
    public void Without_nics_every_connected_adapter_with_an_ipv4_address_receives_and_the_plan_says_so()
    {
        var graph = Compile("version: 1\nloopback_vips: [192.168.0.10]\n");

        var nic = Assert.Single(graph.Resources.OfType<NetshSettingResource>(), s => s.Adapter != "Loopback");

        Assert.Equal(("Ethernet0", "weakhostreceive"), (nic.Adapter, nic.Parameter));
        Assert.EndsWith("(windows.nics not given: every connected adapter with an IPv4 address)", nic.Purpose, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_nics_and_without_a_nic_to_choose_the_plan_is_blocked_with_what_to_write()
    {
        var facts = new FactsBuilder("windows").Interface("Loopback")
            .Sysctl("netsh.ipv4.Loopback.weakhostreceive", "enabled").Sysctl("netsh.ipv4.Loopback.weakhostsend", "enabled").Sysctl("netsh.ipv4.Loopback.metric", "254")
            .Build();

        var blocked = Assert.Single(Diff("version: 1\nloopback_vips: [192.168.0.10]\n", facts), c => c.Action == ChangeAction.Blocked);

        Assert.Contains("name the NICs that receive the VIP traffic in windows.nics", blocked.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_loopback_adapter_blocks_the_plan_with_the_steps_to_create_it()
    {
        var changes = Diff("version: 1\nloopback_vips: [192.168.0.10]\n", Host(withLoopback: false));

        var adapter = changes.Single(c => c.Resource.Id.Value == "adapter:Loopback");
        Assert.Equal(ChangeAction.Blocked, adapter.Action);
        Assert.Contains("hdwwiz", adapter.Reason, StringComparison.Ordinal);
        Assert.Contains(@"devcon install %windir%\inf\netloop.inf *MSLOOP", adapter.Reason, StringComparison.Ordinal);
        Assert.Contains("windows.create_loopback: true", adapter.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void With_create_loopback_the_adapter_is_created_first_and_what_goes_on_it_is_planned_not_blocked()
    {
        var changes = Diff("version: 1\nloopback_vips: [192.168.0.10]\nwindows: {create_loopback: true}\n", Host(withLoopback: false));

        var creation = Assert.IsType<LoopbackAdapterCreation>(changes[0]);
        Assert.Equal(
            [@"devcon install C:\Windows\inf\netloop.inf *MSLOOP", "netsh interface set interface \"name=<the adapter devcon adds>\" newname=Loopback"],
            creation.Commands.Select(c => c.ToString()));
        Assert.DoesNotContain(changes, c => c.Action == ChangeAction.Blocked);
        Assert.Equal("+ address 192.168.0.10/32 on Loopback", $"{ChangeSymbols.Of(changes[^1].Action)} {changes[^1].Resource.Title}");
    }

    [Fact]
    public void An_adapter_name_with_spaces_is_one_argument_shown_in_double_quotes()
    {
        var facts = new FactsBuilder("windows").Interface("Ethernet 2", "192.0.2.11/24").Interface("Microsoft Loopback")
            .Sysctl("netsh.ipv4.Ethernet 2.weakhostreceive", "enabled")
            .Sysctl("netsh.ipv4.Microsoft Loopback.weakhostreceive", "enabled").Sysctl("netsh.ipv4.Microsoft Loopback.weakhostsend", "enabled").Sysctl("netsh.ipv4.Microsoft Loopback.metric", "254")
            .Build();

        var change = Assert.Single(Diff("version: 1\nloopback_vips: [192.168.0.10]\nwindows: {loopback_adapter: Microsoft Loopback}\n", facts));
        var command = Assert.Single(change.Commands);

        Assert.Contains("name=Microsoft Loopback", command.Arguments);
        Assert.Equal("netsh interface ipv4 add address \"name=Microsoft Loopback\" address=192.168.0.10 mask=255.255.255.255 skipassource=true", command.ToString());
    }

    [Fact]
    public void An_ipv6_vip_sets_the_ipv6_interface_parameters_and_uses_netsh_interface_ipv6()
    {
        var facts = new FactsBuilder("windows").Interface("Ethernet0", "192.0.2.11/24").Interface("Loopback")
            .Sysctl("netsh.ipv6.Ethernet0.weakhostreceive", "enabled")
            .Sysctl("netsh.ipv6.Loopback.weakhostreceive", "enabled").Sysctl("netsh.ipv6.Loopback.weakhostsend", "enabled").Sysctl("netsh.ipv6.Loopback.metric", "254")
            .Build();

        var change = Assert.Single(Diff("version: 1\nloopback_vips: [2001:db8::10]\n", facts));

        Assert.Equal("netsh interface ipv6 add address interface=Loopback address=2001:db8::10/128 skipassource=true", Assert.Single(change.Commands).ToString());
    }

    [Fact]
    public void An_ha_vip_goes_on_its_nic_with_the_mask_of_its_prefix()
    {
        var change = Assert.Single(Diff("version: 1\ninterface_vips: [{address: 192.0.2.100/24, interface: Ethernet0}]\n"));

        Assert.Equal("netsh interface ipv4 add address name=Ethernet0 address=192.0.2.100 mask=255.255.255.0 skipassource=true", Assert.Single(change.Commands).ToString());
        Assert.Equal("netsh interface ipv4 delete address name=Ethernet0 address=192.0.2.100", Assert.Single(change.UndoCommands).ToString());
    }

    [Fact]
    public void The_plan_says_netsh_persists_by_itself_and_the_arp_policy_is_linuxs()
    {
        var graph = Compile("version: 1\nloopback_vips: [192.168.0.10]\n");

        Assert.Contains("netsh settings and addresses persist by themselves (netsh stores them persistently by default): Windows needs no boot artefact", graph.Notes);
        Assert.Contains(graph.Notes, n => n.StartsWith("the ARP policy derived from the DSR VIPs is a Linux kernel setting", StringComparison.Ordinal));
        Assert.DoesNotContain(graph.Resources, r => r.Side == ResourceSide.Persisted);
    }
}
