using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Dsr;

/// <summary>
/// The point of the ARP policy, shown with packets from the client: a real server must never
/// answer ARP for the VIP, neither once it is converged nor in any moment of a run that adds
/// or removes the VIP.
/// </summary>
public sealed class DsrArpTests : IDisposable
{
    private static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(10);

    private readonly DsrLab _lab;

    public DsrArpTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new DsrLab();
    }

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void Naive_vips_answer_arp_from_both_servers_and_applied_ones_from_neither()
    {
        using var probe = _lab.ArpProbe();
        _lab.Rs1.Namespace.Ip("addr", "add", DsrLab.VipText + "/32", "dev", "lo");
        _lab.Rs2.Namespace.Ip("addr", "add", DsrLab.VipText + "/32", "dev", "lo");

        var naive = probe.Ask(DsrLab.Vip, probes: 5, TimeSpan.FromMilliseconds(50));

        Assert.Equal(
            new[] { _lab.Rs1.Nic.Mac, _lab.Rs2.Nic.Mac }.Order(StringComparer.Ordinal),
            naive.Select(r => r.SenderMac).Distinct().Order(StringComparer.Ordinal));

        _lab.Rs1.Namespace.Ip("addr", "del", DsrLab.VipText + "/32", "dev", "lo");
        _lab.Rs2.Namespace.Ip("addr", "del", DsrLab.VipText + "/32", "dev", "lo");
        var document = _lab.Document("realserver", DsrDocuments.RealServer);
        _lab.Rs1.Apply(document, "--detailed-exitcode").Expect(2);
        _lab.Rs2.Apply(document, "--detailed-exitcode").Expect(2);

        Assert.Empty(probe.Ask(DsrLab.Vip, probes: 10, Spacing));
        Assert.True(_lab.Rs1.Holds("lo", DsrLab.Vip) && _lab.Rs2.Holds("lo", DsrLab.Vip), "apply put the VIP on both loopbacks");

        // The probe still works: the servers answer for their own addresses.
        Assert.Equal([_lab.Rs1.Nic.Mac], probe.Ask(_lab.Rs1.Address, probes: 1, Spacing).Select(r => r.SenderMac));
    }

    [Fact]
    public void No_arp_reply_for_the_vip_at_any_moment_while_apply_adds_the_policy_and_the_vip()
    {
        var document = _lab.Document("realserver", DsrDocuments.RealServer);

        var seen = WatchWhile(() => _lab.Rs1.Apply(document, "--step-delay", "200", "--detailed-exitcode").Expect(2));

        Assert.Empty(seen.Replies);
        Assert.True(_lab.Rs1.Holds("lo", DsrLab.Vip));
    }

    [Fact]
    public void No_arp_reply_for_the_vip_while_apply_adds_only_the_vip()
    {
        var document = _lab.Document("realserver", DsrDocuments.RealServer);
        _lab.Rs1.Apply(document).Expect(0);
        _lab.Rs1.Namespace.Ip("addr", "del", DsrLab.VipText + "/32", "dev", "lo");
        Assert.Equal([("address:lo/192.0.2.10", "create")], _lab.Rs1.PlannedChanges(document).Select(c => (c.Resource, c.Action)));

        var seen = WatchWhile(() => _lab.Rs1.Apply(document, "--step-delay", "200", "--detailed-exitcode").Expect(2));

        Assert.Empty(seen.Replies);
        Assert.True(_lab.Rs1.Holds("lo", DsrLab.Vip));
    }

    [Fact]
    public void No_arp_reply_for_the_vip_at_any_moment_while_apply_removes_it_and_relaxes_the_policy()
    {
        var originals = _lab.Rs1.ReadArpSysctls();
        _lab.Rs1.Apply(_lab.Document("realserver", DsrDocuments.RealServer)).Expect(0);
        var retired = _lab.Document("retired", DsrDocuments.Retired);

        var seen = WatchWhile(() => _lab.Rs1.Apply(retired, "--step-delay", "200", "--detailed-exitcode", "--allow-mass-removal").Expect(2));

        Assert.Empty(seen.Replies);
        Assert.False(_lab.Rs1.Holds("lo", DsrLab.Vip));
        Assert.Equal(originals, _lab.Rs1.ReadArpSysctls());
    }

    private ArpWatchResult WatchWhile(Action run)
    {
        using var probe = _lab.ArpProbe();
        ArpWatchResult seen;
        using (var watch = probe.Watch(DsrLab.Vip, WatchInterval))
        {
            run();
            seen = watch.Stop();
        }

        // At 200 ms a step, a run of even one step is watched by dozens of probes; fewer would
        // mean the watch was not looking.
        Assert.True(seen.Probes >= 15, $"only {seen.Probes} probes went out during the run");
        return seen;
    }
}
