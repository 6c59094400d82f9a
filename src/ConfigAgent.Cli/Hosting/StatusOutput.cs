using ConfigAgent.Agent.Reports;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Output;

namespace ConfigAgent.Cli.Hosting;

/// <summary>The agent's last run in the format asked for, and the exit code it stands for.</summary>
internal static class StatusOutput
{
    /// <summary>
    /// The formats of <c>status --format</c>: the run on one screen, or the report as the agent
    /// wrote it (not written again: a report of an older agent shows as it is).
    /// </summary>
    public static OutputFormats<LastRun> Formats { get; } = new(
        new("text", (run, _) => RunReportTextRenderer.Render(run.Report)),
        new("json", (run, _) => run.Json));

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
}
