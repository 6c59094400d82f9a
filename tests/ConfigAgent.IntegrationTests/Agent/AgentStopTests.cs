using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ConfigAgent.IntegrationTests.Lab;
using ConfigAgent.IntegrationTests.Persistence;

namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>
/// Stopping the agent in the middle of a run: SIGTERM (systemd's stop) ends it promptly with
/// every report and the ledger whole and the host either converged or as before the run; SIGKILL
/// leaves at most temporary files, and the ledger, written ahead of the changes, lets the next
/// run finish the job. The run is made long by thousands of IPv6 loopback VIPs, and the signal
/// is sent as soon as the first of them is on the host.
/// </summary>
public sealed class AgentStopTests : IDisposable
{
    private const int Vips = 6000;
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);
    private static readonly HashSet<IPAddress> Many = [.. AgentDocuments.ManyIpv6Addresses(Vips).Select(IPAddress.Parse)];

    private readonly AgentLab _lab;

    public AgentStopTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new AgentLab();
        _lab.WriteDesiredState(AgentDocuments.ManyIpv6(Vips));
    }

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void Sigterm_mid_run_exits_promptly_with_whole_files_and_a_host_converged_or_as_before()
    {
        var agent = _lab.StartAgent(new AgentSettings { MetricsTextfile = "/var/lib/node_exporter/configagent.prom" });
        var atSignal = WaitUntilTheRunHasStarted(agent);

        var clock = Stopwatch.StartNew();
        agent.Terminate();
        var exitCode = agent.WaitForExit(Generous);
        var stoppedAfter = clock.Elapsed;

        Assert.True(stoppedAfter < Prompt, $"the agent took {stoppedAfter.TotalSeconds:0.0} s to stop\n{agent.Transcript}");
        Assert.Equal(0, exitCode);
        StateFiles.AssertComplete(_lab.StateDirectory, temporariesAllowed: false);
        var report = AgentReport.Read(_lab.LastRunPath);
        Assert.Equal(report.RunId, Assert.Single(_lab.History()).RunId);
        var onHost = ManyOnHost();
        var plan = PlanJson.From(_lab.Plan(_lab.DesiredPath));
        TestContext.Current.TestOutputHelper?.WriteLine($"{atSignal} of {Vips} VIPs when signalled, stopped after {stoppedAfter.TotalSeconds:0.00} s, {onHost} after; {report}");
        if (report.Outcome == "converged")
        {
            plan.AssertNoChange();
            Assert.Equal((Vips, Vips), (onHost, LedgerEntries()));
        }
        else
        {
            Assert.Equal("failed", report.Outcome);
            Assert.Contains("the run was stopped before it finished", report.Error, StringComparison.Ordinal);
            Assert.Equal(Vips, plan.Changes.Count(c => c.Action == "create"));
            Assert.Equal((0, 0), (onHost, LedgerEntries()));
            Assert.Contains(report.Statuses.Values, s => s == "rolled_back");
            Assert.DoesNotContain(agent.Lines, l => l.Contains("(repaired: True)", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Sigkill_mid_run_leaves_no_half_written_file_and_the_next_run_converges()
    {
        var agent = _lab.StartAgent(new AgentSettings { MetricsTextfile = "/var/lib/node_exporter/configagent.prom" });
        WaitUntilTheRunHasStarted(agent);

        agent.Kill();
        agent.WaitForExit(Generous);

        var temporaries = StateFiles.AssertComplete(_lab.StateDirectory, temporariesAllowed: true);
        TestContext.Current.TestOutputHelper?.WriteLine($"{ManyOnHost()} of {Vips} VIPs on the host, temporaries: [{string.Join(", ", temporaries.Select(Path.GetFileName))}]");
        // Written ahead of the changes: whatever the killed run added is owned.
        var owned = LedgerIds();
        Assert.All(Many.Where(OnHost().Contains), vip => Assert.Contains($"address:lo/{vip}", owned));

        _lab.RunOnce(new AgentSettings()).AssertExitCode(0);

        PlanJson.From(_lab.Plan(_lab.DesiredPath)).AssertNoChange();
        Assert.Equal(Vips, ManyOnHost());
    }

    /// <summary>Waits until the run has put its first VIP on the host; returns how many were there.</summary>
    private int WaitUntilTheRunHasStarted(AgentProcess agent)
    {
        var count = 0;
        Wait.Until(() => (count = ManyOnHost()) > 0 || agent.HasExited, Generous, $"the first VIP is added\n{agent.Transcript}");
        Assert.False(agent.HasExited, agent.Transcript);
        Assert.True(count < Vips, "the run was over before the test saw it start: make it longer");
        return count;
    }

    private HashSet<IPAddress> OnHost() => [.. _lab.LoopbackAddresses()];

    private int ManyOnHost() => OnHost().Count(Many.Contains);

    private IReadOnlyList<string> LedgerIds()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(_lab.LedgerPath));
        return [.. json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }

    private int LedgerEntries() => File.Exists(_lab.LedgerPath) ? LedgerIds().Count : 0;
}
