using System.Globalization;
using System.Text;
using ConfigAgent.Agent.Reports;
using ConfigAgent.Agent.Runs;

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

        if (report.Error is { } error)
        {
            text.Append("  error: ").Append(error).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>0 converged or in sync, 2 drift left in place (audit), 1 failed or no valid desired state.</summary>
    public static int ExitCode(RunReport report) => report.Outcome switch
    {
        RunOutcome.InSync or RunOutcome.Converged => ExitCodes.Success,
        RunOutcome.Drift => ExitCodes.Changes,
        _ => ExitCodes.Failure,
    };

    private static string Short(string? revision) =>
        revision is null ? "none" : revision[(revision.IndexOf(':', StringComparison.Ordinal) + 1)..][..12];
}
