using System.Net;
using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Failover;
using ConfigAgent.Output;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Failover;

/// <summary>Each failover group judged from keepalived's word, the kernel's addresses and the link's answers: the drift the issue names.</summary>
public sealed class FailoverStatusTests
{
    private const string OtherMac = "52:54:00:00:00:99";

    private static readonly IPAddress Vip = IPAddress.Parse("172.26.7.100");

    private static readonly VrrpInstanceFacts Master = new(
        "configagent_eth0_51", "eth0", 51, VrrpState.Master, 150, 1, false, [new(Vip, 24)], [], new(5, 5, 60));

    private static VrrpInstance Instance(string host = "ha-a") =>
        VrrpInstance.ForHost(DocumentText.StateFor(File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "ha-pair.yaml")), host), host).Single();

    private static HostFacts Facts(bool holds, VrrpFacts? vrrp) =>
        new FactsBuilder("linux", "ha-a").Interface("eth0", holds ? ["172.26.7.11/24 eth0 global", "172.26.7.100/24 eth0 global"] : ["172.26.7.11/24 eth0 global"]).Build() with { Vrrp = vrrp };

    private static VrrpFacts Running(params VrrpInstanceFacts[] instances) => new() { Daemon = "/usr/sbin/keepalived", Running = true, Instances = instances };

    private static FailoverGroupStatus Status(bool holds, VrrpFacts? vrrp) => FailoverStatus.Of(Instance(), Facts(holds, vrrp));

    [Fact]
    public void A_master_that_holds_the_vip_is_in_order()
    {
        var status = Status(holds: true, Running(Master));

        Assert.Equal(("eth0/51", "master", true, true, 150), (status.Group, status.State, status.HoldsVip, status.ConfigurationCurrent, status.Priority));
        Assert.Empty(status.Drift);
        Assert.Equal("eth0/51 172.26.7.100/24: master, holds the VIP (priority 150)", FailoverText.Line(status));
    }

    [Fact]
    public void A_backup_without_the_vip_is_in_order_and_says_who_holds_it()
    {
        var status = Status(holds: false, Running(Master with { State = VrrpState.Backup }) with { Holders = new Dictionary<IPAddress, IReadOnlyList<string>> { [Vip] = [OtherMac] } });

        Assert.Empty(status.Drift);
        Assert.Equal("eth0/51 172.26.7.100/24: backup, does not hold the VIP; held by 52:54:00:00:00:99 (priority 150)", FailoverText.Line(status));
    }

    [Fact]
    public void Holding_the_vip_while_backup_is_split_brain()
    {
        var drift = Assert.Single(Status(holds: true, Running(Master with { State = VrrpState.Backup })).Drift);

        Assert.Equal(FailoverDrift.SplitBrain, drift.Kind);
        Assert.Equal("this host holds 172.26.7.100/24 while keepalived says backup: the master holds it too (split brain)", drift.Message);
    }

    [Fact]
    public void Another_host_answering_for_the_vip_this_master_holds_is_split_brain()
    {
        var vrrp = Running(Master) with { Holders = new Dictionary<IPAddress, IReadOnlyList<string>> { [Vip] = [OtherMac] } };

        var drift = Assert.Single(Status(holds: true, vrrp).Drift);

        Assert.Equal(FailoverDrift.SplitBrain, drift.Kind);
        Assert.Equal("52:54:00:00:00:99 also answers for 172.26.7.100, which this host holds: two hosts hold the VIP (split brain)", drift.Message);
    }

    [Fact]
    public void A_master_without_the_vip_is_drift()
    {
        var drift = Assert.Single(Status(holds: false, Running(Master)).Drift);

        Assert.Equal((FailoverDrift.MasterWithoutVip, "keepalived says master but 172.26.7.100/24 is not on eth0: nobody answers for it"), (drift.Kind, drift.Message));
    }

    [Fact]
    public void Keepalived_down_while_holding_the_vip_is_drift()
    {
        var status = Status(holds: true, new VrrpFacts { Daemon = "/usr/sbin/keepalived" });

        Assert.Equal("down", status.State);
        Assert.Equal(
            [(FailoverDrift.KeepalivedDown, "keepalived does not run, and this host still holds 172.26.7.100/24: nothing moves it any more")],
            status.Drift.Select(d => (d.Kind, d.Message)));
    }

    [Fact]
    public void Keepalived_not_installed_is_down_and_the_file_goes_unchecked()
    {
        var status = Status(holds: false, new VrrpFacts());

        Assert.Equal([(FailoverDrift.KeepalivedDown, "keepalived is not installed: this host cannot take the VIP over")], status.Drift.Select(d => (d.Kind, d.Message)));
        Assert.Contains("keepalived is not installed: keepalived.conf is written without keepalived's --config-test to check it", status.Notes);
    }

    [Fact]
    public void A_configuration_keepalived_has_not_loaded_is_not_current()
    {
        var running = Master with { Priority = 100, TrackInterfaces = ["eth1"], Garp = new GarpSettings(5, 5, 0) };

        var status = Status(holds: true, Running(running));

        Assert.False(status.ConfigurationCurrent);
        Assert.Equal(
            [(FailoverDrift.ConfigurationNotCurrent, "keepalived runs an older configuration of eth0/51 (priority 100, not 150; garp 5 at once, again after 5 s, refresh every 0 s, not 5 at once, again after 5 s, refresh every 60 s; tracked interfaces eth1, not none): reload it")],
            status.Drift.Select(d => (d.Kind, d.Message)));
    }

    [Fact]
    public void A_keepalived_without_the_group_has_not_loaded_the_configuration()
    {
        var status = Status(holds: false, Running());

        Assert.Equal(("unknown", false), (status.State, status.ConfigurationCurrent));
        Assert.Equal(FailoverDrift.ConfigurationNotCurrent, Assert.Single(status.Drift).Kind);
    }

    [Fact]
    public void An_unreadable_state_is_unknown_and_says_why_without_claiming_drift()
    {
        var status = Status(holds: true, new VrrpFacts { Daemon = "/usr/sbin/keepalived", Running = true, Problem = "reading keepalived's state needs root (the user keepalived runs as)" });

        Assert.Equal("unknown", status.State);
        Assert.Empty(status.Drift);
        Assert.Equal(["reading keepalived's state needs root (the user keepalived runs as)"], status.Notes);
    }

    [Fact]
    public void Recorded_facts_say_the_state_is_observed_live_only()
    {
        var status = Status(holds: true, vrrp: null);

        Assert.Equal("unknown", status.State);
        Assert.Equal(["VRRP state is observed live only: these facts were recorded"], status.Notes);
    }

    [Fact]
    public void The_second_member_has_the_lower_priority_and_the_first_as_its_peer()
    {
        var instance = Instance("ha-b");

        Assert.Equal((140, "172.26.7.12", "172.26.7.11"), (instance.Priority, instance.Self.Address.ToString(), instance.Peers.Single().Address.ToString()));
        Assert.Equal(("eth0/51", "configagent_eth0_51"), (instance.Name, instance.KeepalivedName));
    }
}
