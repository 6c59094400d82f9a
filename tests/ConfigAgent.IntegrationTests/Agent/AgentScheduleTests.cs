using System.Diagnostics;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>
/// What the kernel sends no notification for (a sysctl reset by hand) waits for the schedule:
/// the next scheduled run repairs it, within one interval and its splay.
/// </summary>
public sealed class AgentScheduleTests : IDisposable
{
    private const string ArpIgnore = "net.ipv4.conf.all.arp_ignore";
    private const string Resource = "sysctl:" + ArpIgnore;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Splay = TimeSpan.FromMilliseconds(500);

    // Scheduling and the run itself take milliseconds; the rest is for a loaded machine.
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private readonly AgentLab _lab;

    public AgentScheduleTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new AgentLab();
    }

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void A_sysctl_reset_by_hand_is_restored_by_the_next_scheduled_run()
    {
        _lab.WriteDesiredState(AgentDocuments.RealServer());
        var agent = _lab.StartAgent(new AgentSettings { Interval = "2s", Splay = "500ms" });
        // After the first scheduled run the agent is quiet: the address event of its own
        // start-up change has been handled, and nothing but the schedule can start a run.
        var first = _lab.WaitForReport(r => r.Trigger == "schedule", Generous, "a first scheduled run", agent);
        Assert.Equal("in_sync", first.Outcome);

        var clock = Stopwatch.StartNew();
        _lab.SetSysctl(ArpIgnore, "0");

        Wait.Until(() => _lab.Sysctl(ArpIgnore) == "1", Generous, $"{ArpIgnore} is restored\n{agent.Transcript}");
        var restoredAfter = clock.Elapsed;
        TestContext.Current.TestOutputHelper?.WriteLine($"restored after {restoredAfter.TotalMilliseconds:0} ms");
        var repair = _lab.WaitForReport(r => r.Started > first.Finished && r.Drifted(Resource, "update"), Generous, "a report of the repair", agent);
        Assert.Equal(("schedule", "converged"), (repair.Trigger, repair.Outcome));
        var drift = Assert.Single(repair.Drift);
        Assert.Equal(("0", "1"), (drift.Before, drift.After));
        Assert.True(restoredAfter < Interval + Splay + Margin, $"restored after {restoredAfter.TotalMilliseconds:0} ms: more than the {Interval.TotalSeconds} s interval, its {Splay.TotalMilliseconds} ms splay and {Margin.TotalSeconds} s\n{agent.Transcript}");
    }
}
