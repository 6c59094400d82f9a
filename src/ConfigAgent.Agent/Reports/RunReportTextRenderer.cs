using System.Globalization;
using System.Text;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Output;
using ConfigAgent.Output.Json;

namespace ConfigAgent.Agent.Reports;

/// <summary>A run on one screen: what <c>configagent status</c> and <c>agent --once</c> print.</summary>
public static class RunReportTextRenderer
{
    private const int DriftShown = 20;

    public static string Render(RunReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Last run on {report.Host}: {Words(report.Outcome)} ({Words(report.Mode)}, {Words(report.Trigger)})\n");
        text.Append(CultureInfo.InvariantCulture, $"  finished {report.Finished:yyyy-MM-dd HH:mm:ss 'UTC'} in {report.Duration.TotalMilliseconds:0} ms, run {report.RunId}\n");
        text.Append(CultureInfo.InvariantCulture, $"  desired state {(report.Revision is { } revision ? RevisionText.Short(revision) : "none")}{(report.Commit is { } commit ? $" (commit {commit[..Math.Min(12, commit.Length)]})" : "")}\n");
        var resources = report.Resources;
        text.Append(CultureInfo.InvariantCulture, $"  resources: {resources.Total} ({resources.InSync} in sync, {resources.Drifted} drifted, {resources.Failed} failed)\n");
        if (!report.DesiredStateValid)
        {
            text.Append(report.Revision is null
                ? "  the newest desired state was refused and no earlier revision was good: nothing is in force\n"
                : "  the newest desired state was refused: the last good revision above stays in force\n");
        }

        foreach (var problem in report.DesiredStateProblems.Take(DriftShown))
        {
            text.Append("  refused newest desired state: ").Append(problem).Append('\n');
        }

        foreach (var drift in report.Drift.Take(DriftShown))
        {
            text.Append(CultureInfo.InvariantCulture, $"  drift: {drift.Resource} {drift.Before ?? "absent"} => {drift.After ?? "absent"} ({drift.Reason})\n");
        }

        if (report.Drift.Count > DriftShown)
        {
            text.Append(CultureInfo.InvariantCulture, $"  ... and {report.Drift.Count - DriftShown} more drift (--format json shows all)\n");
        }

        if (report.Failover.Count > 0)
        {
            text.Append("  failover (keepalived's VIPs, observed):\n");
            FailoverText.Append(text, report.Failover, "    ");
        }

        if (report.Error is { } error)
        {
            text.Append("  error: ").Append(error).Append('\n');
        }

        return text.ToString();
    }

    // "address event", not "address_event": the screen is read, not parsed.
    private static string Words<T>(T value)
        where T : struct, Enum => EnumWord.Of(value).Replace('_', ' ');
}
