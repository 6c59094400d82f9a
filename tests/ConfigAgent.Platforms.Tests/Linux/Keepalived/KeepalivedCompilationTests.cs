using System.Net;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;
using ConfigAgent.Persistence;
using ConfigAgent.Platforms.Linux.Keepalived;
using ConfigAgent.Platforms.Resources;
using ConfigAgent.Testing;

namespace ConfigAgent.Platforms.Tests.Linux.Keepalived;

/// <summary>What a failover VIP compiles to on Linux: keepalived's configuration, the unit on systemd hosts, and never an address.</summary>
public sealed class KeepalivedCompilationTests
{
    private static readonly ResourceId ConfigurationId = ResourceId.Of("file", "/etc/keepalived/keepalived.conf");

    private static readonly ResourceId VipId = AddressResource.IdOf("eth0", new(IPAddress.Parse("172.26.7.100"), 24));

    [Fact]
    public void A_failover_vip_compiles_to_keepalived_conf_and_no_address()
    {
        var graph = FailoverHosts.Compile(FailoverHosts.Example, FailoverHosts.Host("ha-a").Build());

        Assert.Empty(graph.Resources.OfType<AddressResource>());
        Assert.IsType<FailoverVipResource>(graph[VipId]);
        Assert.IsType<FileResource>(graph[ResourceId.Of("file", "/etc/keepalived/keepalived.conf")]);
        Assert.Null(graph[VipId].Test(FailoverHosts.Host("ha-a").Build()));
    }

    [Theory]
    [InlineData("ha-a")]
    [InlineData("ha-b")]
    public void Each_member_gets_its_own_keepalived_conf(string host)
    {
        var graph = FailoverHosts.Compile(FailoverHosts.Example, FailoverHosts.Host(host).Build());

        var configuration = (FileResource)graph[ConfigurationId];

        Golden.Verify(configuration.Content!, $"keepalived-{host}.conf");
    }

    [Fact]
    public void Every_setting_of_the_group_reaches_keepalived_conf()
    {
        var yaml = FailoverHosts.Example.Replace("      advert_interval: 1       # seconds; ha-b takes over after about 3.6 s without an advert\n", """
                  advert_interval: 2
                  preempt: true
                  track_interfaces: [eth1, bond0.100]
                  garp: {count: 3, repeat_after: 0, refresh: 300}
                  peering: multicast
              - address: 172.26.7.101/24
                interface: eth0
                label: eth0:1
                failover:
                  router_id: 51
                  members:
                    - host: ha-a
                      address: 172.26.7.11
                    - host: ha-b
                      address: 172.26.7.12
                  advert_interval: 2
                  preempt: true
                  track_interfaces: [eth1, bond0.100]
                  garp: {count: 3, repeat_after: 0, refresh: 300}
                  peering: multicast

            """, StringComparison.Ordinal);

        var graph = FailoverHosts.Compile(yaml, FailoverHosts.Host("ha-b").Build());

        Golden.Verify(((FileResource)graph[ConfigurationId]).Content!, "keepalived-every-setting.conf");
    }

    [Fact]
    public void Without_systemd_the_plan_says_the_service_is_not_managed_here()
    {
        var graph = FailoverHosts.Compile(FailoverHosts.Example, FailoverHosts.Host("ha-a").Build());

        Assert.False(graph.Contains(KeepalivedServiceResource.ServiceId));
        Assert.Contains(graph.Notes, n => n.StartsWith("keepalived's service is not managed here (systemd does not run this host's services)", StringComparison.Ordinal));
    }

    [Fact]
    public void On_a_systemd_host_keepalived_starts_after_the_sysctls_and_its_configuration()
    {
        var yaml = FailoverHosts.Example + "arp: {ignore: 1, announce: 2, interfaces: [all, eth0]}\nsysctls: {net.ipv4.ip_nonlocal_bind: 1}\n";

        var graph = FailoverHosts.Compile(yaml, FailoverHosts.Host("ha-a").Directory("/run/systemd/system").Build());

        var before = graph.EdgesTo(KeepalivedServiceResource.ServiceId).Select(e => e.From.Value).Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "file:/etc/keepalived/keepalived.conf",
                "sysctl:net.ipv4.conf.all.arp_announce",
                "sysctl:net.ipv4.conf.all.arp_ignore",
                "sysctl:net.ipv4.conf.eth0.arp_announce",
                "sysctl:net.ipv4.conf.eth0.arp_ignore",
                "sysctl:net.ipv4.ip_nonlocal_bind",
            ],
            before);
        Assert.Equal("service:keepalived", graph.Order()[^1].Id.Value);
        Assert.DoesNotContain(graph.Notes, n => n.Contains("not managed here", StringComparison.Ordinal));
    }

    [Fact]
    public void An_address_configagent_added_before_the_vip_became_a_failover_one_is_not_removed()
    {
        var ledger = new Ledger([new AddressEntry(VipId, "eth0", new(IPAddress.Parse("172.26.7.100"), 24), null)]);
        var facts = FailoverHosts.Host("ha-a").Build();

        var graph = FailoverHosts.Compile(FailoverHosts.Example, facts, ledger);

        Assert.IsType<FailoverVipResource>(graph[VipId]);
        Assert.Empty(graph.Resources.OfType<AddressResource>());
    }

    [Fact]
    public void A_member_whose_address_is_not_on_the_interface_is_blocked()
    {
        var facts = new FactsBuilder("linux", "ha-a").Interface("eth0", "172.26.7.21/24 eth0 global").Build();

        var graph = FailoverHosts.Compile(FailoverHosts.Example, facts);

        var blocked = Assert.Single(graph.Resources.OfType<BlockedResource>());
        Assert.Equal("vrrp:eth0/51", blocked.Id.Value);
        Assert.Equal(
            "this host's member address 172.26.7.11 is not on eth0: keepalived would send its adverts from an address the host does not have",
            blocked.Test(facts)!.Reason);
    }

    [Fact]
    public void A_missing_interface_is_blocked()
    {
        var facts = new FactsBuilder("linux", "ha-b").Interface("lo", "127.0.0.1/8 lo host").Build();

        var blocked = Assert.Single(FailoverHosts.Compile(FailoverHosts.Example, facts).Resources.OfType<BlockedResource>());

        Assert.Equal("there is no interface 'eth0'", blocked.Test(facts)!.Reason);
    }

    [Fact]
    public void A_host_without_failover_vips_gets_no_keepalived_at_all()
    {
        var graph = FailoverHosts.Compile("version: 1\ninterface_vips: [{address: 172.26.7.100/24, interface: eth0}]\n", FailoverHosts.Host("ha-a").Build());

        Assert.False(graph.Contains(ConfigurationId));
        Assert.IsType<AddressResource>(graph[VipId]);
    }
}
