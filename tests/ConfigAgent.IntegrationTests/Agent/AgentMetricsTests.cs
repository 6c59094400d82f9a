using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>
/// The Prometheus textfile for node_exporter: well-formed after every run, under the agent's
/// root, with the documented metrics, and its run counter going up with the schedule.
/// </summary>
public sealed class AgentMetricsTests : IDisposable
{
    private const string Textfile = "/var/lib/node_exporter/textfile_collector/configagent.prom";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, string> Documented = new()
    {
        ["configagent_last_run_timestamp_seconds"] = "gauge",
        ["configagent_last_run_duration_seconds"] = "gauge",
        ["configagent_last_run_success"] = "gauge",
        ["configagent_resources_managed"] = "gauge",
        ["configagent_resources"] = "gauge",
        ["configagent_runs_total"] = "counter",
        ["configagent_drift_found_total"] = "counter",
        ["configagent_desired_state_info"] = "gauge",
        ["configagent_desired_state_valid"] = "gauge",
    };

    private readonly AgentLab _lab;

    public AgentMetricsTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new AgentLab();
    }

    public void Dispose() => _lab.Dispose();

    private string TextfilePath => _lab.Root + Textfile;

    [Fact]
    public void The_textfile_is_well_formed_and_counts_each_scheduled_run()
    {
        _lab.WriteDesiredState(AgentDocuments.RealServer());
        var agent = _lab.StartAgent(new AgentSettings { Interval = "1s", MetricsTextfile = Textfile });
        var first = _lab.WaitForReport(r => r.Trigger == "schedule", Generous, "a first scheduled run", agent);
        // The report is saved before the metrics: wait for the textfile that counts this run.
        var before = WaitForMetrics(m => m["configagent_last_run_timestamp_seconds"] >= first.Finished.ToUnixTimeMilliseconds() / 1000.0, agent);

        var next = _lab.WaitForReport(r => r.Trigger == "schedule" && r.Started > first.Finished, Generous, "a second scheduled run", agent);
        var after = WaitForMetrics(m => m["configagent_last_run_timestamp_seconds"] >= next.Finished.ToUnixTimeMilliseconds() / 1000.0 && m.Sum("configagent_runs_total") > before.Sum("configagent_runs_total"), agent);

        Assert.Equal(Documented, before.Types.Where(t => Documented.ContainsKey(t.Key)).ToDictionary());
        Assert.Equal(Documented.Keys.Order(), before.Types.Keys.Order());
        var later = _lab.History().Where(r => r.Started > first.Finished).ToList();
        Assert.NotEmpty(later);
        // The start-up run's own additions are kernel events too: an event run may follow it,
        // late under load. Whatever triggered them, the later runs found nothing to do.
        Assert.All(later, r => Assert.Equal("in_sync", r.Outcome));
        Assert.Contains(later, r => r.Trigger == "schedule");
        Assert.True(after["configagent_runs_total{outcome=\"in_sync\"}"] > before["configagent_runs_total{outcome=\"in_sync\"}"]);
        Assert.Equal(before["configagent_runs_total{outcome=\"converged\"}"], after["configagent_runs_total{outcome=\"converged\"}"]);
        Assert.True(after["configagent_last_run_timestamp_seconds"] > before["configagent_last_run_timestamp_seconds"]);
        Assert.Equal((1, 1, 5, 5), (after["configagent_last_run_success"], after["configagent_desired_state_valid"], after["configagent_resources_managed"], after["configagent_resources{state=\"in_sync\"}"]));
        Assert.Equal(1, after[$"configagent_desired_state_info{{revision=\"{first.Revision}\",commit=\"\"}}"]);
        // The start-up run created five resources; nothing drifted since.
        Assert.Equal(5, after["configagent_drift_found_total"]);
    }

    private PrometheusText WaitForMetrics(Func<PrometheusText, bool> condition, AgentProcess agent)
    {
        PrometheusText? metrics = null;
        Wait.Until(() => File.Exists(TextfilePath) && condition(metrics = PrometheusText.Parse(File.ReadAllText(TextfilePath))), Generous, $"the textfile at {TextfilePath}\n{agent.Transcript}");
        return metrics!;
    }
}
