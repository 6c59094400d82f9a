using System.Globalization;
using System.Text;
using ConfigAgent.Agent.Runs;
using ConfigAgent.HostAccess;
using ConfigAgent.Output.Json;
using ConfigAgent.Persistence;

namespace ConfigAgent.Agent.Metrics;

/// <summary>
/// The agent's metrics for node_exporter's textfile collector, rewritten atomically after every
/// run (the collector must never read half a file). Names follow Prometheus conventions: a
/// configagent_ prefix, base units (seconds), _total for counters, an _info metric for the revision.
/// </summary>
public sealed class PrometheusTextfile(IFileSystem files, string path)
{
    public string Path { get; } = path;

    public void Write(RunReport last, RunStatistics statistics) =>
        files.WriteAtomic(Path, Render(last, statistics), FileModes.ReadWriteReadRead);

    public static string Render(RunReport last, RunStatistics statistics)
    {
        var text = new StringBuilder();
        Gauge(text, "configagent_last_run_timestamp_seconds", "When the last run finished, in Unix time.",
            last.Finished.ToUnixTimeMilliseconds() / 1000.0);
        Gauge(text, "configagent_last_run_duration_seconds", "How long the last run took.", last.Duration.TotalSeconds);
        Gauge(text, "configagent_last_run_success", "1 when the last run left the host converged (or, in audit mode, found it in sync).",
            last.Outcome is RunOutcome.InSync or RunOutcome.Converged ? 1 : 0);
        Gauge(text, "configagent_resources_managed", "Resources the desired state of this host compiles to.", last.Resources.Total);

        text.Append("# HELP configagent_resources Resources of the last run by state: in sync, drifted (found out of sync), failed.\n");
        text.Append("# TYPE configagent_resources gauge\n");
        Sample(text, "configagent_resources", ("state", "in_sync"), last.Resources.InSync);
        Sample(text, "configagent_resources", ("state", "drifted"), last.Resources.Drifted);
        Sample(text, "configagent_resources", ("state", "failed"), last.Resources.Failed);

        text.Append("# HELP configagent_runs_total Runs since the agent started, by outcome.\n");
        text.Append("# TYPE configagent_runs_total counter\n");
        foreach (var outcome in Enum.GetValues<RunOutcome>())
        {
            Sample(text, "configagent_runs_total", ("outcome", EnumWord.Of(outcome)), statistics.Runs(outcome));
        }

        text.Append("# HELP configagent_drift_found_total Resources found out of sync since the agent started.\n");
        text.Append("# TYPE configagent_drift_found_total counter\n");
        Sample(text, "configagent_drift_found_total", null, statistics.Drift);

        text.Append("# HELP configagent_desired_state_info The desired-state revision in force (content hash) and its git commit.\n");
        text.Append("# TYPE configagent_desired_state_info gauge\n");
        text.Append("configagent_desired_state_info{revision=\"").Append(Escape(last.Revision ?? "")).Append("\",commit=\"").Append(Escape(last.Commit ?? "")).Append("\"} 1\n");
        Gauge(text, "configagent_desired_state_valid", "0 when the newest desired state is refused (invalid, or a force-push) and the last good one stays in force.", last.DesiredStateValid ? 1 : 0);
        if (last.Git is { } git)
        {
            Git(text, git);
        }

        if (last.Failover.Count > 0)
        {
            FailoverMetrics.Append(text, last.Failover);
        }

        return text.ToString();
    }

    // What a fleet query needs to see which hosts lag: commits compare by time, not by name.
    private static void Git(StringBuilder text, GitPull git)
    {
        if (git.CommitTime is { } committed)
        {
            Gauge(text, "configagent_desired_state_commit_timestamp_seconds", "When the git commit in force was committed, in Unix time.", committed.ToUnixTimeSeconds());
        }

        Gauge(text, "configagent_git_fetch_success", "1 when the last fetch of the branch (and reading its head) worked.", git.Error is null ? 1 : 0);
        if (git.LastFetched is { } fetched)
        {
            Gauge(text, "configagent_git_last_fetch_success_timestamp_seconds", "When a fetch of the branch last worked, in Unix time.", fetched.ToUnixTimeMilliseconds() / 1000.0);
        }
    }

    private static void Gauge(StringBuilder text, string name, string help, double value)
    {
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n');
        text.Append("# TYPE ").Append(name).Append(" gauge\n");
        Sample(text, name, null, value);
    }

    private static void Sample(StringBuilder text, string name, (string Name, string Value)? label, double value)
    {
        text.Append(name);
        if (label is { } l)
        {
            text.Append('{').Append(l.Name).Append("=\"").Append(Escape(l.Value)).Append("\"}");
        }

        text.Append(' ').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
