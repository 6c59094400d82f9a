using ConfigAgent.Agent.Configuration;
using ConfigAgent.Agent.Metrics;
using ConfigAgent.Agent.Reports;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Agent.Watching;
using ConfigAgent.Engine;
using ConfigAgent.HostAccess;
using ConfigAgent.Output.Json;
using ConfigAgent.Platforms;
using Microsoft.Extensions.Logging;

namespace ConfigAgent.Agent.Runner;

/// <summary>
/// One agent run: the desired state in force, the same convergence as `configagent apply` (or an
/// audit), then the report, the metrics and a log event per drift. Runs never overlap: the host's
/// run lock is taken by the convergence, and the scheduler never starts the job twice.
/// </summary>
public sealed partial class AgentRunner(
    AgentConfiguration configuration,
    IDesiredStateSource source,
    LocalHost host,
    ReportStore reports,
    PrometheusTextfile? metrics,
    RunStatistics statistics,
    ILogger<AgentRunner> log,
    TimeProvider clock,
    RunMemory? memory = null,
    FailoverAddresses? failoverAddresses = null) : IAgentRun
{
    public RunReport Run(RunTrigger trigger, CancellationToken cancellationToken)
    {
        var runId = Guid.NewGuid().ToString("N")[..12];
        using var scope = log.BeginScope(new Dictionary<string, object> { ["RunId"] = runId, ["Trigger"] = trigger });
        var started = clock.GetUtcNow();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var snapshot = source.Current(trigger);
        foreach (var problem in snapshot.Problems)
        {
            LogInvalidDesiredState(problem, snapshot.InForce?.ShortRevision ?? "none");
        }

        if (snapshot.Git?.Error is { } pullError)
        {
            LogPullFailed(snapshot.Git.Branch, pullError, snapshot.Commit ?? "none");
        }

        ConvergenceResult? result = null;
        if (snapshot.InForce is { } documents)
        {
            var convergence = new Convergence(host.Platform, host.Observer, host.Executor, host.Ledger, host.RunLock, clock);
            var options = new ConvergenceOptions(
                configuration.Mode,
                ApplyOptions.Default,
                configuration.LockTimeout,
                configuration.Hostname,
                configuration.Templates is { } templates ? configuration.RealPath(templates) : null,
                configuration.AllowMassRemoval);
            result = convergence.Run(documents, options, cancellationToken);
        }

        if (result?.Planned?.Compiled.State is { } state)
        {
            failoverAddresses?.Replace(state.InterfaceVips.Where(v => v.Failover is not null).Select(v => v.Address.Address));
        }

        var report = RunReportComposer.Compose(runId, trigger, configuration, snapshot, result, started, clock.GetUtcNow());
        Record(report, result);
        memory?.AfterRun();
        if (log.IsEnabled(LogLevel.Debug))
        {
            LogMemory(GC.GetTotalAllocatedBytes() - allocatedBefore, GC.GetGCMemoryInfo(GCKind.Any), GC.CollectionCount(2));
        }

        return report;
    }

    private void Record(RunReport report, ConvergenceResult? result)
    {
        foreach (var problem in result?.Diagnostics.Items.Where(d => d.IsError) ?? [])
        {
            LogInvalidDesiredState(problem.ToString(), report.Revision ?? "none");
        }

        // Repaired means this run changed it and kept the change: not in audit mode, and not
        // when the run failed and rolled its steps back.
        var repaired = report.Outcomes.Where(o => o.Status == ResourceStatus.Changed).Select(o => o.Resource).ToHashSet(StringComparer.Ordinal);
        foreach (var drift in report.Drift)
        {
            LogDrift(report.Host, drift.Resource, EnumWord.Of(drift.Action), EnumWord.Of(drift.Side), drift.Before ?? "absent", drift.After ?? "absent", drift.Reason, repaired.Contains(drift.Resource));
        }

        foreach (var group in report.Failover)
        {
            foreach (var drift in group.Drift)
            {
                LogFailoverDrift(report.Host, group.Group, drift.Kind, group.State, drift.Message);
            }
        }

        statistics.Record(report.Outcome, report.Drift.Count);
        try
        {
            reports.Save(report);
            metrics?.Write(report, statistics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogReportNotWritten(ErrorSentence.Of(ex));
        }

        LogRun(report.Outcome, report.Trigger, report.Drift.Count, report.Resources.Total, report.Duration.TotalMilliseconds, report.Revision ?? "none", report.Error ?? "");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Drift on {Host}: {Resource} {Action} ({Side}) {Before} -> {After}: {Reason} (repaired: {Repaired})")]
    private partial void LogDrift(string host, string resource, string action, string side, string before, string after, string reason, bool repaired);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failover drift on {Host}: group {Group} {Kind} (state {State}): {Message} (left to keepalived)")]
    private partial void LogFailoverDrift(string host, string group, string kind, string state, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "The desired state is invalid, revision {InForce} stays in force: {Problem}")]
    private partial void LogInvalidDesiredState(string problem, string inForce);

    [LoggerMessage(Level = LogLevel.Error, Message = "Cannot pull branch {Branch}, commit {InForce} stays in force: {Problem}")]
    private partial void LogPullFailed(string branch, string problem, string inForce);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {Outcome} ({Trigger}): {Drift} drifted of {Resources} resources in {DurationMs:0.0} ms, revision {Revision} {Error}")]
    private partial void LogRun(RunOutcome outcome, RunTrigger trigger, int drift, int resources, double durationMs, string revision, string error);

    // What a long-running agent is judged by (bench/agent-memory.sh): the run's own allocations,
    // and the managed heap as the last collection left it, to tell a leak from the GC's sawtooth.
    private void LogMemory(long allocated, GCMemoryInfo gc, int gen2Collections) =>
        LogMemory(allocated / 1024, gc.HeapSizeBytes / 1024, gc.PromotedBytes / 1024, gc.TotalCommittedBytes / 1024, gc.Generation == 2 ? "full" : $"gen{gc.Generation}", gen2Collections);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run allocated {AllocatedKiB} KiB; after the last ({LastGc}) collection the managed heap was {HeapKiB} KiB ({PromotedKiB} KiB survived), {CommittedKiB} KiB committed; {Gen2Collections} full collections so far")]
    private partial void LogMemory(long allocatedKiB, long heapKiB, long promotedKiB, long committedKiB, string lastGc, int gen2Collections);

    [LoggerMessage(Level = LogLevel.Error, Message = "The run report or metrics could not be written: {Problem}")]
    private partial void LogReportNotWritten(string problem);
}
