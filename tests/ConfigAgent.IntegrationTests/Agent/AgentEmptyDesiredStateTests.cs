using System.Text.Json;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>
/// Issue 17 point 1 for the agent: a desired-state file cut down to nothing (a full disk, a
/// half-written deployment) is refused like an invalid one. The last good desired state stays
/// in force and the host keeps its VIP; `agent --once` exits 1, and the report and the metrics
/// say that the newest desired state was refused and why.
/// </summary>
public sealed class AgentEmptyDesiredStateTests : IDisposable
{
    private const string Textfile = "/var/lib/node_exporter/configagent.prom";

    private readonly AgentLab _lab;

    public AgentEmptyDesiredStateTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new AgentLab();
        _lab.WriteDesiredState(AgentDocuments.RealServer());
        _lab.RunOnce(Settings).AssertExitCode(0);
    }

    private static AgentSettings Settings => new() { MetricsTextfile = Textfile };

    public void Dispose() => _lab.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("# loopback_vips: [192.0.2.10]\n")]
    [InlineData("---\n")]
    public void An_emptied_file_is_refused_and_the_last_good_desired_state_stays_in_force(string emptied)
    {
        var good = _lab.LastReport()!;
        _lab.WriteDesiredState(emptied);

        var run = _lab.RunOnce(Settings).AssertExitCode(1);

        var problem = $"{_lab.DesiredPath}:1:1: error: the file holds no desired-state document (it is empty or only comments)";
        var report = _lab.LastReport()!;
        Assert.Equal((good.Revision, "in_sync"), (report.Revision, report.Outcome));
        Assert.StartsWith(problem, Assert.Single(report.Problems), StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(File.ReadAllText(_lab.LastRunPath)))
        {
            Assert.False(json.RootElement.GetProperty("desired_state_valid").GetBoolean());
        }

        var metrics = PrometheusText.Parse(File.ReadAllText(_lab.Root + Textfile));
        Assert.Equal(0, metrics["configagent_desired_state_valid"]);
        Assert.Contains(problem, run.Output + run.Error, StringComparison.Ordinal);
        Assert.True(_lab.HoldsOnLoopback(AgentDocuments.Vip), "the VIP of the last good desired state was removed");
        Assert.Contains($"address:lo/{AgentDocuments.Vip}", File.ReadAllText(_lab.LedgerPath), StringComparison.Ordinal);
    }
}
