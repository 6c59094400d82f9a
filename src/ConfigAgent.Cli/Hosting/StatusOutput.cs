using System.Globalization;
using System.Text;
using ConfigAgent.Agent.Reports;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Failover;

namespace ConfigAgent.Cli.Hosting;

/// <summary>An agent run on one screen, and the exit code it stands for.</summary>
internal static class StatusOutput
{
    private const int DriftShown = 20;

    public static string Text(RunReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Last run on {report.Host}: {RunReportJson.Word(report.Outcome).Replace('_', ' ')} ({RunReportJson.Word(report.Mode)}, {RunReportJson.Word(report.Trigger).Replace('_', ' ')})\n");
        text.Append(CultureInfo.InvariantCulture, $"  finished {report.Finished:yyyy-MM-dd HH:mm:ss 'UTC'} in {report.Duration.TotalMilliseconds:0} ms, run {report.RunId}\n");
        text.Append(CultureInfo.InvariantCulture, $"  desired state {Short(report.Revision)}{(report.Commit is { } commit ? $" (commit {commit[..Math.Min(12, commit.Length)]})" : "")}\n");
        text.Append(CultureInfo.InvariantCulture, $"  resources: {report.Resources} ({report.InSync} in sync, {report.Drifted} drifted, {report.Failed} failed)\n");
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

    /// <summary>
    /// 1 when the run failed, or when the newest desired state was refused (the host runs on the
    /// last good one, or on nothing: someone must fix the files); else 2 when drift was found and
    /// left in place (audit), or a failover group drifts (split brain, keepalived down: keepalived's
    /// or an operator's to fix, never ConfigAgent's); else 0: the host is as desired.
    /// </summary>
    public static int ExitCode(RunReport report) =>
        report.Outcome is RunOutcome.Failed or RunOutcome.Invalid || !report.DesiredStateValid ? ExitCodes.Failure
        : report.Outcome == RunOutcome.Drift || report.Failover.Any(g => g.Drift.Count > 0) ? ExitCodes.Changes
        : ExitCodes.Success;

    private static string Short(string? revision) =>
        revision is null ? "none" : revision[(revision.IndexOf(':', StringComparison.Ordinal) + 1)..][..12];
}
