using System.Text.Json;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>
/// Audit mode reports and never repairs: a VIP deleted by hand is reported by the run its
/// deletion starts and by every scheduled run after it, `status` says drift (exit 2), and the
/// address stays missing.
/// </summary>
public sealed class AgentAuditTests : IDisposable
{
    private const int ScheduledRuns = 3;
    private const string VipCidr = AgentDocuments.Vip + "/32";
    private const string Resource = "address:lo/" + AgentDocuments.Vip;
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private readonly AgentLab _lab;
    private readonly AddressMonitor _monitor;

    public AgentAuditTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new AgentLab();
        _monitor = AddressMonitor.Start(_lab.Namespace);
    }

    public void Dispose()
    {
        _monitor.Dispose();
        _lab.Dispose();
    }

    [Fact]
    public void A_vip_deleted_by_hand_is_reported_as_drift_and_stays_deleted_over_several_scheduled_runs()
    {
        _lab.WriteDesiredState(AgentDocuments.RealServer());
        _lab.Apply(_lab.DesiredPath).AssertExitCode(0);
        var agent = _lab.StartAgent(new AgentSettings { Mode = "audit", Interval = "1s" });
        Assert.Equal("in_sync", _lab.WaitForReport(r => r.Trigger == "startup", Generous, "the start-up run", agent).Outcome);

        _lab.Namespace.Ip("addr", "del", VipCidr, "dev", "lo");

        var found = _lab.WaitForReport(r => r.Trigger == "address_event", Generous, "the deletion starts an audit run", agent);
        AssertDriftReport(found);
        var later = _lab.WaitForReports(r => r.Trigger == "schedule" && r.Started > found.Finished, ScheduledRuns, Generous, "scheduled runs after the deletion", agent);
        Assert.All(later, AssertDriftReport);
        Assert.False(_lab.HoldsOnLoopback(AgentDocuments.Vip), "audit mode restored the VIP");
        var deleted = _monitor.WaitFor(c => c.Deleted && c.Address == VipCidr, Generous, "ip monitor sees the deletion");
        Assert.DoesNotContain(_monitor.Changes, c => !c.Deleted && c.Address == VipCidr && c.Received > deleted.Received);

        var status = _lab.Status("--format", "json").AssertExitCode(2);
        using (var json = JsonDocument.Parse(status.Output))
        {
            Assert.Equal("drift", json.RootElement.GetProperty("outcome").GetString());
        }

        Assert.Contains(agent.Lines, l => l.Contains($"WRN] Drift on {AgentLab.Hostname}: {Resource} create (runtime) absent -> {VipCidr} label lo:0: missing (repaired: False)", StringComparison.Ordinal));
        Assert.DoesNotContain(agent.Lines, l => l.Contains("(repaired: True)", StringComparison.Ordinal));
    }

    private static void AssertDriftReport(AgentReport report)
    {
        Assert.Equal(("audit", "drift"), (report.Mode, report.Outcome));
        var drift = Assert.Single(report.Drift);
        Assert.Equal((Resource, "create", null, $"{VipCidr} label lo:0"), (drift.Resource, drift.Action, drift.Before, drift.After));
        Assert.Equal("drifted", report.Statuses[Resource]);
    }
}
