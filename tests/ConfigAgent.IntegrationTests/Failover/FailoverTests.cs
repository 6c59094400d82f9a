using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Failover;

/// <summary>
/// The failover lab of issue 15: examples/ha-pair.yaml applied on ha-a and ha-b, real keepalived
/// started on the file ConfigAgent rendered, and the failover shown with packets and addresses.
/// </summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class FailoverTests : IDisposable
{
    /// <summary>The issue's bound: VRRP's master-down interval at an advert of 1 s is 3.6 s.</summary>
    private static readonly TimeSpan FailoverBound = TimeSpan.FromSeconds(4.5);

    private static readonly TimeSpan Announced = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Reply = TimeSpan.FromSeconds(5);
    private static readonly IPAddress Vip = HaLab.Vip;

    private readonly HaLab _lab;

    public FailoverTests()
    {
        LabGuard.RequireNamespaces();
        KeepalivedGuard.RequireKeepalived();
        _lab = new HaLab();
    }

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void The_vip_is_on_ha_a_only_and_the_client_reaches_it_at_ha_as_mac()
    {
        _lab.StartPair(_lab.ExamplePath);

        Assert.True(_lab.A.Holds(Vip));
        Assert.False(_lab.B.Holds(Vip));
        Assert.Equal(Vip, Ping.Echo(_lab.Client, Vip, Reply));
        Assert.Equal(_lab.A.Mac, NeighbourMac());
        using var server = TcpEchoListener.Open(_lab.A.Namespace, 8080);
        var trip = TcpProbe.RoundTrip(_lab.Client, new IPEndPoint(Vip, 8080), server, "hello ha-a", Reply);
        Assert.Equal((Vip, Vip, "hello ha-a"), (trip.ClientPeer.Address, trip.ServerLocal.Address, trip.Echo));
    }

    [Fact]
    public void Kill_9_of_keepalived_on_ha_a_moves_the_vip_to_ha_b_announced_and_never_on_both_and_ha_a_does_not_take_it_back()
    {
        _lab.StartPair(_lab.ExamplePath);
        Assert.Equal(Vip, Ping.Echo(_lab.Client, Vip, Reply));
        Assert.Equal(_lab.A.Mac, NeighbourMac());
        using var capture = PacketCapture.Open(_lab.ClientNic);
        using var sampler = Sampling();

        var clock = Stopwatch.StartNew();
        _lab.A.Keepalived!.Kill();
        Wait.Until(() => _lab.B.Holds(Vip), HaLab.Election, "the VIP reaches ha-b");
        var failover = clock.Elapsed;
        var announcements = GratuitousArps.Count(capture, Vip, _lab.B.Mac, Announced);
        var samples = sampler.Stop();

        TestContext.Current.TestOutputHelper?.WriteLine($"kill -9: the VIP on ha-b after {failover.TotalMilliseconds:0} ms; {announcements} gratuitous ARPs from ha-b within {Announced.TotalSeconds} s");
        Assert.True(failover <= FailoverBound, $"the VIP reached ha-b after {failover.TotalSeconds:0.00} s, over {FailoverBound.TotalSeconds} s");
        Assert.False(_lab.A.Holds(Vip));
        Assert.Equal(_lab.B.Mac, NeighbourMac());
        Assert.Equal(5, announcements);
        Assert.DoesNotContain(samples, s => s.OnBoth);
        Assert.Contains(samples, s => s.OnA);
        Assert.Contains(samples, s => s.OnB);

        // Restarted, ha-a (the preferred member) stays backup: no preemption by default.
        var restarted = _lab.A.StartKeepalived();
        restarted.WaitForLine(l => l.Contains("Entering BACKUP STATE", StringComparison.Ordinal), HaLab.Election, "ha-a comes back as backup");
        using var after = new VipSampler(_lab.A, _lab.B, Vip);
        Wait.Until(() => after.Samples.Count(s => s.OnB) >= 100, TimeSpan.FromSeconds(30), "five seconds of samples after ha-a's return");
        Assert.All(after.Stop(), s => Assert.True(s is { OnB: true, OnA: false }, $"{s}: the VIP moved after ha-a came back"));
        Assert.False(restarted.Entered("MASTER"), restarted.Transcript);
    }

    [Fact]
    public void A_graceful_stop_on_ha_a_moves_the_vip_too()
    {
        _lab.StartPair(_lab.ExamplePath);
        using var capture = PacketCapture.Open(_lab.ClientNic);
        using var sampler = Sampling();

        var clock = Stopwatch.StartNew();
        _lab.A.Keepalived!.Terminate();
        Wait.Until(() => _lab.B.Holds(Vip), HaLab.Election, "the VIP reaches ha-b");
        var failover = clock.Elapsed;
        var announcements = GratuitousArps.Count(capture, Vip, _lab.B.Mac, Announced);

        TestContext.Current.TestOutputHelper?.WriteLine($"SIGTERM: the VIP on ha-b after {failover.TotalMilliseconds:0} ms; {announcements} gratuitous ARPs from ha-b within {Announced.TotalSeconds} s");
        Assert.True(failover <= FailoverBound, $"the VIP reached ha-b after {failover.TotalSeconds:0.00} s, over {FailoverBound.TotalSeconds} s");
        Assert.DoesNotContain(sampler.Stop(), s => s.OnBoth);
        _lab.A.Keepalived.WaitForExit();
    }

    [Fact]
    public void Keepalived_killed_outright_on_ha_a_leaves_its_vip_ha_b_takes_it_after_the_master_down_interval_and_both_plans_report_the_split_brain()
    {
        _lab.StartPair(_lab.ExamplePath);

        var clock = Stopwatch.StartNew();
        _lab.A.Keepalived!.KillAll(_lab.A.Root);
        Wait.Until(() => _lab.B.Holds(Vip), HaLab.Election, "the VIP reaches ha-b");
        var failover = clock.Elapsed;

        TestContext.Current.TestOutputHelper?.WriteLine($"every keepalived process killed: the VIP on ha-b after {failover.TotalMilliseconds:0} ms (no priority-0 advert: the master-down interval)");
        Assert.True(failover <= FailoverBound, $"the VIP reached ha-b after {failover.TotalSeconds:0.00} s, over {FailoverBound.TotalSeconds} s");
        Assert.True(_lab.A.Holds(Vip), "a keepalived killed outright removes nothing");
        var a = _lab.A.PlanGroup(_lab.ExamplePath);
        var b = _lab.B.PlanGroup(_lab.ExamplePath);
        Assert.Equal(("down", true, _lab.B.Mac), (a.State, a.HoldsVip, Assert.Single(a.OtherHolders)));
        Assert.Equal(["split_brain", "keepalived_down"], a.DriftKinds);
        Assert.Equal(("master", true, _lab.A.Mac), (b.State, b.HoldsVip, Assert.Single(b.OtherHolders)));
        Assert.Equal(["split_brain"], b.DriftKinds);
    }

    [Fact]
    public void An_edit_of_the_document_reaches_keepalived_by_reload_without_moving_the_vip()
    {
        _lab.StartPair(_lab.ExamplePath);
        foreach (var host in new[] { _lab.A, _lab.B })
        {
            host.Namespace.Ip("link", "add", "trk0", "type", "veth", "peer", "name", "trk0p");
            host.Namespace.Ip("link", "set", "trk0", "up");
            host.Namespace.Ip("link", "set", "trk0p", "up");
        }

        var edited = _lab.Document("ha-pair-tracked", File.ReadAllText(_lab.ExamplePath).Replace(
            "      advert_interval: 1 ", "      track_interfaces: [trk0]\n      advert_interval: 1 ", StringComparison.Ordinal));
        using var sampler = new VipSampler(_lab.A, _lab.B, Vip);
        foreach (var host in new[] { _lab.A, _lab.B })
        {
            host.Apply(edited).AssertExitCode(0);
            Assert.Contains("    track_interface {\n        trk0\n    }\n", File.ReadAllText(host.ConfigurationPath), StringComparison.Ordinal);
            Assert.False(host.PlanGroup(edited).ConfigurationCurrent, $"{host} runs the old configuration until it reloads");
        }

        foreach (var host in new[] { _lab.A, _lab.B })
        {
            var lines = host.Keepalived!.Lines.Count;
            host.Keepalived.Reload();
            host.Keepalived.WaitForLine(l => l.Contains("Reload complete", StringComparison.Ordinal) && host.Keepalived.Lines.Skip(lines).Contains(l), HaLab.Election, $"{host} reloads");
        }

        var a = _lab.A.PlanGroup(edited);
        var b = _lab.B.PlanGroup(edited);
        Assert.Equal((true, "master", true), (a.ConfigurationCurrent, a.State, a.HoldsVip));
        Assert.Equal((true, "backup", false), (b.ConfigurationCurrent, b.State, b.HoldsVip));
        Assert.Empty(a.DriftKinds);
        Assert.All(sampler.Stop(), s => Assert.True(s is { OnA: true, OnB: false }, $"{s}: the VIP moved during the reload"));
    }

    [Fact]
    public void The_agents_make_no_address_change_through_two_failovers_report_each_state_and_both_report_a_split_brain()
    {
        _lab.StartPair(_lab.ExamplePath);
        var agentA = _lab.A.StartAgent(_lab.A.ConfigureAgent(_lab.ExamplePath));
        var agentB = _lab.B.StartAgent(_lab.B.ConfigureAgent(_lab.ExamplePath));
        var timeout = TimeSpan.FromSeconds(30);
        Reported(_lab.A, agentA, "master", holds: true, timeout);
        Reported(_lab.B, agentB, "backup", holds: false, timeout);

        // Failover 1: ha-a's keepalived dies, ha-b takes over; ha-a's keepalived comes back as backup.
        _lab.A.Keepalived!.Kill();
        Reported(_lab.B, agentB, "master", holds: true, timeout);
        Assert.Contains("keepalived_down", Reported(_lab.A, agentA, "down", holds: false, timeout).Group!.DriftKinds);
        _lab.A.StartKeepalived().WaitForLine(l => l.Contains("Entering BACKUP STATE", StringComparison.Ordinal), HaLab.Election, "ha-a comes back as backup");
        Reported(_lab.A, agentA, "backup", holds: false, timeout);

        // Failover 2: the same the other way round.
        _lab.B.Keepalived!.Kill();
        Reported(_lab.A, agentA, "master", holds: true, timeout);
        Reported(_lab.B, agentB, "down", holds: false, timeout);
        _lab.B.StartKeepalived().WaitForLine(l => l.Contains("Entering BACKUP STATE", StringComparison.Ordinal), HaLab.Election, "ha-b comes back as backup");
        Reported(_lab.B, agentB, "backup", holds: false, timeout);

        foreach (var host in new[] { _lab.A, _lab.B })
        {
            var reports = host.Reports();
            Assert.All(reports, r => Assert.True(r.Drift == 0 && r.Changed.Count == 0, $"{host} changed something: {r}"));
            Assert.DoesNotContain(reports, r => r.Trigger == "address_event");
            Assert.DoesNotContain(Ledger(host), id => id.StartsWith("address:", StringComparison.Ordinal));
        }

        // VRRP blocked between them: ha-b stops hearing ha-a, takes the VIP too, and both report it.
        VrrpBlock.Apply(_lab.A.Namespace, _lab.B.Namespace);
        var splitA = _lab.A.WaitForReport(r => r.Group?.DriftKinds.Contains("split_brain") == true, timeout, "ha-a reports the split brain", agentA);
        var splitB = _lab.B.WaitForReport(r => r.Group?.DriftKinds.Contains("split_brain") == true, timeout, "ha-b reports the split brain", agentB);
        Assert.Equal(("master", true, _lab.B.Mac), (splitA.Group!.State, splitA.Group.HoldsVip, Assert.Single(splitA.Group.OtherHolders)));
        Assert.Equal(("master", true, _lab.A.Mac), (splitB.Group!.State, splitB.Group.HoldsVip, Assert.Single(splitB.Group.OtherHolders)));
        Assert.Contains(agentA.Lines, l => l.Contains("Failover drift on ha-a: group eth0/51 split_brain", StringComparison.Ordinal));
    }

    /// <summary>A sampler that has seen the VIP on ha-a a few times already: the samples show the whole failover.</summary>
    private VipSampler Sampling()
    {
        var sampler = new VipSampler(_lab.A, _lab.B, Vip);
        Wait.Until(() => sampler.Samples.Count(s => s.OnA) >= 3, TimeSpan.FromSeconds(10), "the sampler sees the VIP on ha-a");
        return sampler;
    }

    private static FailoverRunReport Reported(HaHost host, AgentProcess agent, string state, bool holds, TimeSpan timeout) =>
        host.WaitForReport(r => r.Group is { } g && g.State == state && g.HoldsVip == holds, timeout, $"the agent reports {state}{(holds ? ", holding the VIP" : "")}", agent);

    private static IReadOnlyList<string> Ledger(HaHost host)
    {
        var path = Path.Combine(host.Root, "var/lib/configagent/ledger.json");
        if (!File.Exists(path))
        {
            return [];
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return [.. json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }

    private string? NeighbourMac()
    {
        using var json = JsonDocument.Parse(_lab.Client.Ip("-j", "neigh", "show", Vip.ToString(), "dev", _lab.ClientNic.Name));
        return json.RootElement.EnumerateArray().Select(n => n.TryGetProperty("lladdr", out var l) ? l.GetString() : null).FirstOrDefault();
    }
}
