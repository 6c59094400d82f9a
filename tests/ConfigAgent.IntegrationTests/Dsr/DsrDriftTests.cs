using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Dsr;

/// <summary>
/// A converged real server stays converged, and drift made by hand (a network manager deleting
/// the VIP, someone resetting a sysctl) shows in the plan as exactly that change and is repaired.
/// </summary>
public sealed class DsrDriftTests : IDisposable
{
    private static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(100);

    private readonly DsrLab _lab;
    private readonly string _document;

    public DsrDriftTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new DsrLab();
        _document = _lab.Document("realserver", DsrDocuments.RealServer);
        _lab.Rs1.Apply(_document, "--detailed-exitcode").Expect(2);
    }

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void A_second_apply_changes_nothing_and_says_so()
    {
        var ledger = File.ReadAllText(_lab.Rs1.LedgerPath);

        var run = _lab.Rs1.Apply(_document, "--detailed-exitcode").Expect(0);

        Assert.Contains("No changes: 5 resources in sync", run.Output, StringComparison.Ordinal);
        Assert.Equal(ledger, File.ReadAllText(_lab.Rs1.LedgerPath));
    }

    [Fact]
    public void A_vip_deleted_by_hand_is_planned_as_its_one_create_and_apply_puts_it_back()
    {
        _lab.Rs1.Namespace.Ip("addr", "del", DsrLab.VipText + "/32", "dev", "lo");

        Assert.Equal([("address:lo/192.0.2.10", "create")], _lab.Rs1.PlannedChanges(_document).Select(c => (c.Resource, c.Action)));

        _lab.Rs1.Apply(_document, "--detailed-exitcode").Expect(2);
        Assert.True(_lab.Rs1.Holds("lo", DsrLab.Vip));
        using var probe = _lab.ArpProbe();
        Assert.Empty(probe.Ask(DsrLab.Vip, probes: 5, Spacing));
    }

    [Fact]
    public void An_arp_ignore_reset_by_hand_leaks_is_planned_as_its_one_update_and_apply_repairs_it()
    {
        using var probe = _lab.ArpProbe();
        _lab.Rs1.SetSysctl("net.ipv4.conf.all.arp_ignore", "0");
        Assert.Equal([_lab.Rs1.Nic.Mac], probe.Ask(DsrLab.Vip, probes: 3, Spacing).Select(r => r.SenderMac).Distinct());

        Assert.Equal(
            [("sysctl:net.ipv4.conf.all.arp_ignore", "update", "0", "1")],
            _lab.Rs1.PlannedChanges(_document).Select(c => (c.Resource, c.Action, c.Before, c.After)));

        _lab.Rs1.Apply(_document, "--detailed-exitcode").Expect(2);
        Assert.Equal("1", _lab.Rs1.Sysctl("net.ipv4.conf.all.arp_ignore"));
        Assert.Empty(probe.Ask(DsrLab.Vip, probes: 5, Spacing));
    }
}
