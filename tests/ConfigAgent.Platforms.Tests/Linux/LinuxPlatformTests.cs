using ConfigAgent.Compilation;
using ConfigAgent.Graph;
using ConfigAgent.Platforms.Linux;
using ConfigAgent.Platforms.Resources;
using ConfigAgent.Platforms.Templates;
using ConfigAgent.Testing;

namespace ConfigAgent.Platforms.Tests.Linux;

public sealed class LinuxPlatformTests
{
    private static ResourceGraph Compile(string yaml) =>
        new LinuxPlatform(new TemplateCache()).Compile(DocumentText.StateFor(yaml), FactsBuilder.LinuxDefaults().Build(), CompileContext.Empty);

    /// <summary>The runtime side in apply order (LinuxPersistenceTests covers the persisted side).</summary>
    private static List<Resource> Runtime(ResourceGraph graph) => [.. graph.Order().Where(r => r.Side == ResourceSide.Runtime)];

    [Fact]
    public void The_seed_compiles_to_four_arp_sysctls_then_the_vip_on_lo()
    {
        var order = Runtime(Compile("version: 1\nloopback_vips: [192.168.0.10]\n"));

        Assert.Equal(
            [
                "sysctl net.ipv4.conf.all.arp_announce = 2",
                "sysctl net.ipv4.conf.all.arp_ignore = 1",
                "sysctl net.ipv4.conf.lo.arp_announce = 2",
                "sysctl net.ipv4.conf.lo.arp_ignore = 1",
                "address 192.168.0.10/32 on lo (label lo:0)",
            ],
            order.Select(r => r.Summary));
    }

    [Fact]
    public void Loopback_vip_waits_for_arp_sysctls()
    {
        var graph = Compile("version: 1\nloopback_vips: [192.0.2.10]\nsysctls: {net.ipv4.ip_forward: 0}\n");

        var vip = AddressResource.IdOf("lo", new(System.Net.IPAddress.Parse("192.0.2.10"), 32));
        var before = graph.Edges.Where(e => e.To == vip).Select(e => e.From.Value).Order().ToList();
        Assert.Equal(
            ["sysctl:net.ipv4.conf.all.arp_announce", "sysctl:net.ipv4.conf.all.arp_ignore", "sysctl:net.ipv4.conf.lo.arp_announce", "sysctl:net.ipv4.conf.lo.arp_ignore"],
            before);
        Assert.All(graph.Edges, e => Assert.Contains("before a DSR VIP exists", e.Reason));
    }

    [Fact]
    public void The_order_holds_even_when_a_vip_would_sort_first()
    {
        // An address with a rank below the sysctls still waits for them: the edges decide.
        var graph = Compile("version: 1\nloopback_vips: [192.0.2.10]\n");
        var order = Runtime(graph).Select(r => r.Id.Kind).ToList();

        Assert.Equal(["sysctl", "sysctl", "sysctl", "sysctl", "address"], order);
    }

    [Fact]
    public void Ipv6_loopback_vips_do_not_wait_for_arp()
    {
        var graph = Compile("version: 1\nloopback_vips: [2001:db8::10]\n");

        Assert.Single(Runtime(graph));
        Assert.Empty(graph.Edges);
    }

    [Fact]
    public void Loopback_labels_count_up_and_skip_the_ones_written()
    {
        var graph = Compile("version: 1\nloopback_vips:\n  - 192.0.2.1\n  - {address: 192.0.2.2, label: lo:1}\n  - 2001:db8::3\n  - 192.0.2.4\n");

        var labels = graph.Resources.OfType<AddressResource>().OrderBy(r => r.Id).Select(r => $"{r.Address.Address}={r.Label}({r.LabelIsExplicit})");
        Assert.Equal(["192.0.2.1=lo:0(False)", "192.0.2.2=lo:1(True)", "192.0.2.4=lo:2(False)", "2001:db8::3=(False)"], labels);
    }

    [Fact]
    public void Interface_vips_carry_their_nic_label_and_announcements()
    {
        var resource = Assert.IsType<AddressResource>(Assert.Single(Runtime(Compile("version: 1\ninterface_vips: [{address: 172.26.7.100/24, interface: eth0, label: eth0:1, announce: 4}]\n"))));

        Assert.Equal(("eth0", "eth0:1", 4, "172.26.7.100/24"), (resource.Interface, resource.Label, resource.AnnounceCount, resource.Address.ToString()));
        Assert.Equal("address:eth0/172.26.7.100", resource.Id.Value);
    }

    [Fact]
    public void A_written_arp_policy_is_set_on_every_interface_it_names()
    {
        var graph = Compile("version: 1\narp: {ignore: 2, interfaces: [all, eth0.100]}\n");

        Assert.Equal(
            ["sysctl net.ipv4.conf.all.arp_announce = 2", "sysctl net.ipv4.conf.all.arp_ignore = 2", "sysctl net.ipv4.conf.eth0/100.arp_announce = 2", "sysctl net.ipv4.conf.eth0/100.arp_ignore = 2"],
            Runtime(graph).Select(r => r.Summary));
    }

    [Fact]
    public void A_vip_keeps_the_label_it_has_on_the_host_when_another_leaves_the_list()
    {
        var host = new FactsBuilder().Interface("lo", "127.0.0.1/8 lo host", "192.0.2.2/32 lo:1 global", "192.0.2.3/32 lo:2 global").Build();

        var graph = new LinuxPlatform(new TemplateCache()).Compile(
            DocumentText.StateFor("version: 1\nloopback_vips: [192.0.2.2, 192.0.2.3, 192.0.2.4]\n"), host, CompileContext.Empty);

        var labels = graph.Resources.OfType<AddressResource>().OrderBy(r => r.Id).Select(r => $"{r.Address.Address}={r.Label}");
        Assert.Equal(["192.0.2.2=lo:1", "192.0.2.3=lo:2", "192.0.2.4=lo:0"], labels);
        Assert.Contains(graph.Resources, r => r.Id.Value == "file:/etc/configagent/addresses.batch");
    }

    [Fact]
    public void A_vip_keeps_the_label_configagent_gave_it_when_the_host_lost_it()
    {
        var ledger = Ownership.Ledger.Empty;
        var vip = new Documents.InterfaceAddress(System.Net.IPAddress.Parse("192.0.2.3"), 32);
        ledger.Record(new Ownership.AddressEntry(AddressResource.IdOf("lo", vip), "lo", vip, "lo:7"));

        var graph = new LinuxPlatform(new TemplateCache()).Compile(
            DocumentText.StateFor("version: 1\nloopback_vips: [192.0.2.2, 192.0.2.3]\n"), FactsBuilder.LinuxDefaults().Build(), new CompileContext(ledger));

        var labels = graph.Resources.OfType<AddressResource>().OrderBy(r => r.Id).Select(r => $"{r.Address.Address}={r.Label}");
        Assert.Equal(["192.0.2.2=lo:0", "192.0.2.3=lo:7"], labels);
    }
}
