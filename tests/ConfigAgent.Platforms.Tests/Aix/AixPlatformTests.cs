using ConfigAgent.Compilation;
using ConfigAgent.Graph;
using ConfigAgent.Planning;
using ConfigAgent.Platforms.Aix;
using ConfigAgent.Platforms.Resources;
using ConfigAgent.Platforms.Templates;
using ConfigAgent.Testing;

namespace ConfigAgent.Platforms.Tests.Aix;

public sealed class AixPlatformTests
{
    private static readonly Facts.HostFacts Host = new FactsBuilder("aix", "aix-web-01")
        .Interface("en0", "192.0.2.11/24")
        .Interface("lo0", "127.0.0.1/8")
        .Build();

    private static ResourceGraph Compile(string yaml, Facts.HostFacts? facts = null) =>
        new AixPlatform(new TemplateCache()).Compile(DocumentText.StateFor(yaml), facts ?? Host, CompileContext.Empty);

    private static List<string> Commands(ResourceGraph graph, Facts.HostFacts? facts = null) =>
        [.. Planner.Diff(graph.Order(), facts ?? Host).SelectMany(c => c.Commands).Select(c => c.ToString())];

    [Fact]
    public void The_seeds_vip_is_added_with_the_seeds_exact_command()
    {
        var graph = Compile("version: 1\nloopback_vips: [192.168.0.10]\naix: {persistence: {style: none}}\n");

        Assert.Equal(["ifconfig lo0 alias 192.168.0.10 netmask 255.255.255.255 -arp"], Commands(graph));
    }

    [Fact]
    public void An_ha_vip_gets_the_netmask_of_its_prefix_and_no_arp_flag_that_would_silence_the_nic()
    {
        var graph = Compile("version: 1\ninterface_vips: [{address: 192.0.2.100/24, interface: en0}]\naix: {persistence: {style: none}}\n");

        Assert.Equal(["ifconfig en0 alias 192.0.2.100 netmask 255.255.255.0"], Commands(graph));
    }

    [Fact]
    public void An_ipv6_vip_uses_the_inet6_alias_form()
    {
        var graph = Compile("version: 1\nloopback_vips: [2001:db8::10]\naix: {persistence: {style: none}}\n");

        Assert.Equal(["ifconfig lo0 inet6 2001:db8::10/128 alias"], Commands(graph));
    }

    [Fact]
    public void A_vip_declared_absent_is_deleted_the_seeds_way_when_it_is_there()
    {
        var facts = new FactsBuilder("aix").Interface("lo0", "127.0.0.1/8", "192.168.0.10/32").Build();

        var graph = Compile("version: 1\nloopback_vips: [{address: 192.168.0.10, ensure: absent}]\n", facts);

        Assert.Equal(["ifconfig lo0 delete 192.168.0.10"], Commands(graph, facts));
    }

    [Fact]
    public void A_lo0_alias_with_a_wrong_netmask_is_replaced_and_the_route_it_left_is_named()
    {
        var facts = new FactsBuilder("aix").Interface("lo0", "127.0.0.1/8", "192.168.0.10/24").Build();
        var graph = Compile("version: 1\nloopback_vips: [192.168.0.10]\naix: {persistence: {style: none}}\n", facts);

        var change = Assert.Single(Planner.Diff(graph.Order(), facts));

        Assert.Equal(ChangeAction.Update, change.Action);
        Assert.Equal(["ifconfig lo0 delete 192.168.0.10", "ifconfig lo0 alias 192.168.0.10 netmask 255.255.255.255 -arp"], change.Commands.Select(c => c.ToString()));
        Assert.Contains("route delete -net 192.168.0.0 -netmask 255.255.255.0 192.168.0.10", Assert.Single(change.Notes));
    }

    [Fact]
    public void The_linux_parts_of_a_document_are_named_in_the_plan_as_not_applied()
    {
        var graph = Compile("version: 1\nloopback_vips: [{address: 192.168.0.10, label: lo:web}]\nsysctls: {net.ipv4.ip_forward: 0}\naix: {persistence: {style: none}}\n");

        Assert.Contains(graph.Notes, n => n.StartsWith("the ARP policy derived from the DSR VIPs (arp_ignore, arp_announce) is Linux's: on AIX each lo0 alias is added with -arp", StringComparison.Ordinal));
        Assert.Contains("sysctls are Linux kernel parameters and are not applied on AIX: net.ipv4.ip_forward", graph.Notes);
        Assert.Contains(graph.Notes, n => n.StartsWith("address labels are Linux's", StringComparison.Ordinal));
        Assert.DoesNotContain(graph.Resources, r => r.Id.Kind == "sysctl");
    }

    [Fact]
    public void A_route_through_lo0_left_by_a_wrong_netmask_is_warned_about_even_when_the_vip_is_in_sync()
    {
        var facts = new FactsBuilder("aix").Interface("lo0", "127.0.0.1/8", "192.168.0.10/32")
            .Sysctl("route.lo0.192.168.0.0/24", "192.168.0.10 U")
            .Sysctl("route.lo0.192.168.0.10/32", "127.0.0.1 UGHS")
            .Build();

        var graph = Compile("version: 1\nloopback_vips: [192.168.0.10]\naix: {persistence: {style: none}}\n", facts);

        Assert.Empty(Planner.Diff(graph.Order(), facts));
        Assert.Contains(graph.Notes, n => n.StartsWith("a route to 192.168.0.0/24 goes through lo0 (gateway 192.168.0.10)", StringComparison.Ordinal)
            && n.EndsWith("Remove it with: route delete -net 192.168.0.0 -netmask 255.255.255.0 192.168.0.10", StringComparison.Ordinal));
    }

    [Fact]
    public void An_address_moving_to_another_interface_leaves_the_old_one_first()
    {
        var vip = new Documents.InterfaceAddress(System.Net.IPAddress.Parse("192.0.2.50"), 32);
        var ledger = new Ownership.Ledger([new Ownership.AddressEntry(AddressResource.IdOf("lo0", vip), "lo0", vip, null)]);

        var graph = new AixPlatform(new TemplateCache()).Compile(
            DocumentText.StateFor("version: 1\ninterface_vips: [{address: 192.0.2.50/24, interface: en0}]\naix: {persistence: {style: none}}\n"), Host, new CompileContext(ledger));

        Assert.Equal(["address:lo0/192.0.2.50", "address:en0/192.0.2.50"], graph.Order().Select(r => r.Id.Value));
    }
}
