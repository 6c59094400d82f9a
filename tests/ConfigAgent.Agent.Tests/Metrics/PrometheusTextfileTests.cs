using System.Text.RegularExpressions;
using ConfigAgent.Agent.Metrics;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Agent.Tests.Reports;
using ConfigAgent.Testing;

namespace ConfigAgent.Agent.Tests.Metrics;

public sealed partial class PrometheusTextfileTests
{
    [Fact]
    public void The_textfile_after_an_audit_run_from_git_is_as_approved()
    {
        var text = PrometheusTextfile.Render(ReportSamples.Full(), Statistics());

        Golden.Verify(text, "metrics-audit-git.prom");
    }

    [Fact]
    public void The_textfile_of_files_on_disk_has_no_git_metrics()
    {
        var report = ReportSamples.Full() with { Git = null, Commit = null, Outcome = RunOutcome.InSync, DesiredStateValid = true, DesiredStateProblems = [] };

        var text = PrometheusTextfile.Render(report, Statistics());

        Golden.Verify(text, "metrics-in-sync-files.prom");
        Assert.DoesNotContain("configagent_git_", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_metric_has_help_and_type_and_follows_the_naming_conventions()
    {
        var lines = PrometheusTextfile.Render(ReportSamples.Full(), Statistics()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var families = lines.Where(l => l.StartsWith("# TYPE ", StringComparison.Ordinal)).Select(l => l.Split(' ')).ToDictionary(p => p[2], p => p[3]);
        var helped = lines.Where(l => l.StartsWith("# HELP ", StringComparison.Ordinal)).Select(l => l.Split(' ')[2]).ToList();
        var samples = lines.Where(l => !l.StartsWith('#')).Select(l => Sample().Match(l)).ToList();

        Assert.All(samples, s => Assert.True(s.Success, $"not a sample line: {s.Value}"));
        Assert.All(samples, s => Assert.True(families.ContainsKey(s.Groups["name"].Value), $"{s.Groups["name"].Value} has no TYPE line"));
        Assert.Equal(families.Keys.Order(StringComparer.Ordinal), helped.Order(StringComparer.Ordinal));
        Assert.All(families, f => Assert.Matches("^configagent_[a-z][a-z0-9_]*$", f.Key));
        Assert.All(families.Where(f => f.Value == "counter"), f => Assert.EndsWith("_total", f.Key, StringComparison.Ordinal));
        Assert.All(families.Where(f => f.Value != "counter"), f => Assert.False(f.Key.EndsWith("_total", StringComparison.Ordinal), $"{f.Key} is a {f.Value} named like a counter"));
        Assert.All(families.Keys.Where(k => k.Contains("time", StringComparison.Ordinal) || k.Contains("duration", StringComparison.Ordinal)), k => Assert.EndsWith("_seconds", k, StringComparison.Ordinal));
        Assert.Equal(families.Count, lines.Count(l => l.StartsWith("# TYPE ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Failover_groups_give_their_state_vip_holding_configuration_and_drift_per_group()
    {
        var report = ReportSamples.Full() with { Git = null, Failover = ReportSamples.SplitBrain };

        var text = PrometheusTextfile.Render(report, Statistics());

        Golden.Verify(text, "metrics-failover.prom");
        Assert.Contains("configagent_vrrp_state{group=\"eth0/51\",vip=\"172.26.7.100\",state=\"master\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("configagent_vrrp_drift{group=\"eth0/51\",vip=\"172.26.7.100\",kind=\"split_brain\"} 1\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("configagent_vrrp_configuration_current{group=\"eth1/52\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_without_failover_groups_has_no_vrrp_metrics() =>
        Assert.DoesNotContain("configagent_vrrp_", PrometheusTextfile.Render(ReportSamples.Full(), Statistics()), StringComparison.Ordinal);

    [Fact]
    public void Label_values_are_escaped()
    {
        var report = ReportSamples.Full() with { Revision = "a\"b\\c\nd" };

        var text = PrometheusTextfile.Render(report, Statistics());

        Assert.Contains("configagent_desired_state_info{revision=\"a\\\"b\\\\c\\nd\",", text, StringComparison.Ordinal);
    }

    private static RunStatistics Statistics()
    {
        var statistics = new RunStatistics();
        statistics.Record(RunOutcome.InSync, 0);
        statistics.Record(RunOutcome.InSync, 0);
        statistics.Record(RunOutcome.Drift, 2);
        statistics.Record(RunOutcome.Failed, 1);
        return statistics;
    }

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)+\})? -?[0-9.eE+-]+$""")]
    private static partial Regex Sample();
}
