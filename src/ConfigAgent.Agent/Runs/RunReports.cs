using ConfigAgent.Agent.Configuration;
using ConfigAgent.Agent.Reports;
using ConfigAgent.Engine;
using ConfigAgent.Graph;
using ConfigAgent.Planning;

namespace ConfigAgent.Agent.Runs;

/// <summary>Turns what a run found and did into its report.</summary>
internal static class RunReports
{
    public static RunReport Compose(
        string runId,
        RunTrigger trigger,
        AgentConfiguration configuration,
        DesiredStateSnapshot snapshot,
        ConvergenceResult? result,
        DateTimeOffset started,
        DateTimeOffset finished)
    {
        var plan = result?.Planned?.Plan;
        var changes = plan?.Changes ?? [];
        var steps = result?.Applied?.Steps.ToDictionary(s => s.Change.Resource.Id) ?? [];
        var outcomes = (plan?.Resources ?? []).Select(r => Outcome(r, changes.FirstOrDefault(c => c.Resource.Id == r.Id), steps, configuration.Mode)).ToList();
        var error = result?.Error ?? result?.Applied?.Failure
            ?? (plan?.MassRemoval is { Allowed: false } guard ? guard.Describe() : null)
            ?? (result?.Diagnostics.HasErrors == true ? "the desired state does not apply to this host: see the log" : null)
            ?? (snapshot.InForce is null ? "no valid desired state: " + string.Join("; ", snapshot.Problems.Append(snapshot.Git?.Error).OfType<string>()) : null);
        return new RunReport
        {
            RunId = runId,
            Trigger = trigger,
            Mode = configuration.Mode,
            Host = plan?.Host ?? configuration.Hostname ?? System.Net.Dns.GetHostName(),
            Started = started,
            Finished = finished,
            Outcome = OutcomeOf(snapshot, result),
            Revision = snapshot.InForce?.Revision,
            Commit = snapshot.Commit,
            Git = snapshot.Git,
            DesiredStateValid = snapshot.NewestIsValid,
            DesiredStateProblems = snapshot.Problems,
            Resources = plan?.Resources.Count ?? 0,
            InSync = plan?.InSync ?? 0,
            Drifted = changes.Count(c => c.Action != ChangeAction.Blocked),
            Failed = outcomes.Count(o => o.Status is "failed" or "blocked" or "rollback_failed"),
            Drift = [.. changes.Select(c => new DriftRecord(c.Resource.Id.Value, ChangeSymbols.Word(c.Action), ChangeSymbols.Word(c.Resource.Side), c.Before, c.After, c.Reason))],
            Outcomes = outcomes,
            Failover = plan?.Failover ?? [],
            Error = error,
        };
    }

    private static RunOutcome OutcomeOf(DesiredStateSnapshot snapshot, ConvergenceResult? result) => result switch
    {
        null => RunOutcome.Invalid,
        { Failed: true } => RunOutcome.Failed,
        { Planned.Plan.HasChanges: false } => RunOutcome.InSync,
        { Mode: RunMode.Audit } => RunOutcome.Drift,
        _ => RunOutcome.Converged,
    };

    private static ResourceOutcome Outcome(Resource resource, Change? change, Dictionary<ResourceId, StepResult> steps, RunMode mode)
    {
        if (change is null)
        {
            return new ResourceOutcome(resource.Id.Value, "in_sync");
        }

        if (change.Action == ChangeAction.Blocked)
        {
            return new ResourceOutcome(resource.Id.Value, "blocked", change.Reason);
        }

        if (mode == RunMode.Audit)
        {
            return new ResourceOutcome(resource.Id.Value, "drifted", change.Reason);
        }

        return steps.TryGetValue(resource.Id, out var step)
            ? new ResourceOutcome(resource.Id.Value, step.Status == StepStatus.Applied ? "changed" : ApplyJsonRenderer.Status(step.Status), step.Message)
            : new ResourceOutcome(resource.Id.Value, "not_run");
    }
}
