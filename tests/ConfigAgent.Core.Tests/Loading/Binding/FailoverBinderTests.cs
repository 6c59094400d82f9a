using System.Net;
using ConfigAgent.Documents;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Loading.Binding;

/// <summary>The <c>failover:</c> block of an interface VIP: its values, its defaults, and every rule on one group with its position.</summary>
public sealed class FailoverBinderTests
{
    private const string Pair = """
        version: 1
        hosts: [ha-a, ha-b]
        interface_vips:
          - address: 172.26.7.100/24
            interface: eth0
            failover:
              router_id: 51
              members:
                - {host: ha-a, address: 172.26.7.11}
                - {host: ha-b, address: 172.26.7.12}

        """;

    private static void AssertProblems(string yaml, params string[] expected) =>
        Assert.Equal(expected, DocumentText.Problems(yaml));

    /// <summary>The pair with <paramref name="failoverLines"/> (indented as the block's keys) after the members.</summary>
    private static string PairWith(string failoverLines) => Pair + failoverLines;

    [Fact]
    public void The_example_pair_binds_with_the_defaults_operators_expect()
    {
        var vip = DocumentText.Single(File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "ha-pair.yaml"))).InterfaceVips.Single();

        var group = vip.Failover!;

        Assert.Equal(("eth0", "172.26.7.100/24"), (vip.Interface, vip.Address.ToString()));
        Assert.Equal((51, 1, false, FailoverPeering.Unicast), (group.RouterId, group.AdvertInterval, group.Preempt, group.Peering));
        Assert.Equal([("ha-a", IPAddress.Parse("172.26.7.11")), ("ha-b", IPAddress.Parse("172.26.7.12"))], group.Members.Select(m => (m.Host, m.Address)));
        Assert.Equal(new GarpSettings(5, 5, 60), group.Garp);
        Assert.Empty(group.TrackInterfaces);
        Assert.Equal((150, 140), (FailoverGroup.PriorityOf(0), FailoverGroup.PriorityOf(1)));
    }

    [Fact]
    public void Every_setting_of_a_group_is_read()
    {
        var group = DocumentText.Single(PairWith("""
                  advert_interval: 2
                  preempt: true
                  track_interfaces: [eth1, bond0.100]
                  garp: {count: 3, repeat_after: 0, refresh: 300}
                  peering: multicast

            """)).InterfaceVips.Single().Failover!;

        Assert.Equal((2, true, FailoverPeering.Multicast), (group.AdvertInterval, group.Preempt, group.Peering));
        Assert.Equal(["eth1", "bond0.100"], group.TrackInterfaces);
        Assert.Equal(new GarpSettings(3, 0, 300), group.Garp);
    }

    [Fact]
    public void A_vip_without_failover_has_no_group() =>
        Assert.Null(DocumentText.Single("version: 1\ninterface_vips: [{address: 192.0.2.10/24, interface: eth0}]\n").InterfaceVips.Single().Failover);

    [Fact]
    public void The_router_id_and_the_members_are_required() =>
        AssertProblems(
            "version: 1\ninterface_vips:\n  - {address: 172.26.7.100/24, interface: eth0, failover: {}}\n",
            "test.yaml:3:59: error: missing key 'router_id' in failover (the VRRP virtual router id, 1 to 255, one per group on a link)",
            "test.yaml:3:59: error: missing key 'members' in failover (the hosts of the group, the preferred one first, each with its address on the VIP's interface)");

    [Theory]
    [InlineData("0")]
    [InlineData("256")]
    public void A_router_id_outside_1_to_255_is_refused(string routerId) =>
        AssertProblems(
            Pair.Replace("router_id: 51", $"router_id: {routerId}", StringComparison.Ordinal),
            $"test.yaml:7:18: error: failover.router_id must be between 1 and 255, found {routerId}");

    [Fact]
    public void A_member_listed_twice_is_refused_at_its_second_entry() =>
        AssertProblems(
            Pair.Replace("{host: ha-b, address: 172.26.7.12}", "{host: HA-A, address: 172.26.7.12}", StringComparison.Ordinal),
            "test.yaml:10:11: error: host HA-A is listed twice in failover.members (first at line 9)");

    [Fact]
    public void Two_members_with_one_address_are_refused() =>
        AssertProblems(
            Pair.Replace("172.26.7.12}", "172.26.7.11}", StringComparison.Ordinal),
            "test.yaml:10:11: error: 172.26.7.11 is the address of two members (ha-a at line 9 and ha-b)");

    [Fact]
    public void A_member_whose_address_is_not_on_the_vips_subnet_is_refused() =>
        AssertProblems(
            Pair.Replace("172.26.7.12}", "172.26.8.12}", StringComparison.Ordinal),
            "test.yaml:10:33: error: 172.26.8.12 is not on 172.26.7.0/24, the subnet of the VIP 172.26.7.100/24: the members talk VRRP on the VIP's link");

    [Theory]
    [InlineData("172.26.7.100", "172.26.7.100 is the VIP itself: a member needs an address of its own on the link")]
    [InlineData("172.26.7.255", "172.26.7.255 is the broadcast address of 172.26.7.0/24: a member needs a host address")]
    [InlineData("172.26.7.12/24", "the address of a failover member is written without a prefix (it is on the VIP's subnet), found '172.26.7.12/24'")]
    [InlineData("\"2001:db8::12\"", "2001:db8::12 is IPv6: failover members talk VRRP over IPv4")]
    [InlineData("172.26.7.012", "'172.26.7.012' has an IPv4 part with a leading zero, which some tools read as octal: write the parts without leading zeros")]
    public void A_member_address_must_be_a_host_of_the_vips_subnet(string address, string message) =>
        AssertProblems(
            Pair.Replace("172.26.7.12}", address + "}", StringComparison.Ordinal),
            $"test.yaml:10:33: error: {message}");

    [Fact]
    public void A_member_hostname_is_a_name_not_a_pattern() =>
        AssertProblems(
            Pair.Replace("host: ha-b", "host: \"ha-*\"", StringComparison.Ordinal),
            "test.yaml:10:18: error: the host of a failover member is a hostname (1 to 253 letters, digits, '.', '-' and '_'), found 'ha-*'");

    [Fact]
    public void A_group_has_two_to_ten_members() =>
        AssertProblems(
            "version: 1\nhosts: [ha-a]\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}]}\n",
            "test.yaml:6:40: error: failover.members lists 1 host: a group has 2 to 10");

    [Fact]
    public void A_member_needs_a_host_and_an_address() =>
        AssertProblems(
            Pair.Replace("{host: ha-b, address: 172.26.7.12}", "{hostname: ha-b}", StringComparison.Ordinal),
            "test.yaml:10:11: error: missing key 'host' in a failover member (its hostname)",
            "test.yaml:10:11: error: missing key 'address' in a failover member (its own address on the VIP's interface, where it talks VRRP)",
            "test.yaml:10:12: error: unknown key 'hostname' in a failover member");

    [Fact]
    public void Tracked_interfaces_are_interface_names_other_than_the_vips_own_listed_once() =>
        AssertProblems(
            PairWith("      track_interfaces: [eth1, eth0, eth1, \"eth 2\"]\n"),
            "test.yaml:11:32: error: eth0 is the VIP's own interface: keepalived watches it in any case",
            "test.yaml:11:38: error: interface 'eth1' is listed twice in failover.track_interfaces",
            "test.yaml:11:44: error: interface name 'eth 2' contains a space, which the kernel refuses (no '/', ':' or whitespace)");

    [Fact]
    public void Advert_interval_and_garp_values_have_ranges() =>
        AssertProblems(
            PairWith("      advert_interval: 0\n      garp: {count: 0, repeat_after: 3601, refresh: -1}\n"),
            "test.yaml:11:24: error: failover.advert_interval must be between 1 and 255, found 0",
            "test.yaml:12:21: error: failover.garp.count must be between 1 and 100, found 0",
            "test.yaml:12:38: error: failover.garp.repeat_after must be between 0 and 3600, found 3601",
            "test.yaml:12:53: error: failover.garp.refresh must be between 0 and 86400, found -1");

    [Fact]
    public void Peering_is_unicast_or_multicast() =>
        AssertProblems(
            PairWith("      peering: broadcast\n"),
            "test.yaml:11:16: error: failover.peering: unknown value 'broadcast' (expected one of: unicast, multicast)");

    [Fact]
    public void Use_vmac_is_refused_with_the_reason() =>
        AssertProblems(
            PairWith("      use_vmac: true\n"),
            "test.yaml:11:17: error: use_vmac is not supported: keepalived would hold the VIP on a macvlan interface (vrrp.<id>) of its own, "
            + "whose ARP and rp_filter settings ConfigAgent does not manage; the VIP stays on the NIC and the new master announces it by gratuitous ARP");

    [Fact]
    public void An_ipv6_vip_cannot_fail_over_yet() =>
        AssertProblems(
            "version: 1\nhosts: [ha-a]\ninterface_vips:\n  - address: 2001:db8::100/64\n    interface: eth0\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}, {host: ha-b, address: 172.26.7.12}]}\n",
            "test.yaml:6:15: error: 2001:db8::100/64 is IPv6: failover VIPs are IPv4 (keepalived needs VRRP version 3 for IPv6, which ConfigAgent does not render yet)");

    [Fact]
    public void Announce_and_ensure_absent_do_not_apply_to_a_failover_vip() =>
        AssertProblems(
            Pair.Replace("    interface: eth0\n", "    interface: eth0\n    announce: 3\n    ensure: absent\n", StringComparison.Ordinal),
            "test.yaml:6:15: error: announce does not apply to a failover VIP: keepalived announces it when a host becomes master (failover.garp)",
            "test.yaml:7:13: error: ensure: absent does not apply to a failover VIP: delete the entry, and keepalived drops the VIP when it reloads its configuration");

    [Fact]
    public void Taking_over_an_operators_keepalived_conf_is_said_under_linux() =>
        Assert.True(DocumentText.Single(Pair + "linux: {keepalived: {take_over: true}}\n").Linux!.KeepalivedTakeOver);
}
