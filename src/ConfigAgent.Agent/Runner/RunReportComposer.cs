using ConfigAgent.Agent.Configuration;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Engine;
using ConfigAgent.Graph;

namespace ConfigAgent.Agent.Runner;

/// <summary>Turns what a run found and did into its report.</summary>
internal static class RunReportComposer
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
            Outcome = OutcomeOf(result),
            Revision = snapshot.InForce?.Revision,
            Commit = snapshot.Commit,
            Git = snapshot.Git,
            DesiredStateValid = snapshot.NewestIsValid,
            DesiredStateProblems = snapshot.Problems,
            Resources = new ResourceCounts(
                plan?.Resources.Count ?? 0,
                plan?.InSync ?? 0,
                changes.Count(c => c.Action != ChangeAction.Blocked),
                outcomes.Count(o => o.Status is ResourceStatus.Failed or ResourceStatus.Blocked or ResourceStatus.RollbackFailed)),
            Drift = [.. changes.Select(c => new DriftRecord(c.Resource.Id.Value, c.Action, c.Resource.Side, c.Before, c.After, c.Reason))],
            Outcomes = outcomes,
            Failover = plan?.Failover ?? [],
            Error = error,
        };
    }

    private static RunOutcome OutcomeOf(ConvergenceResult? result) => result switch
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
            return new ResourceOutcome(resource.Id.Value, ResourceStatus.InSync);
        }

        if (change.Action == ChangeAction.Blocked)
        {
            return new ResourceOutcome(resource.Id.Value, ResourceStatus.Blocked, change.Reason);
        }

        if (mode == RunMode.Audit)
        {
            return new ResourceOutcome(resource.Id.Value, ResourceStatus.Drifted, change.Reason);
        }

        return steps.TryGetValue(resource.Id, out var step)
            ? new ResourceOutcome(resource.Id.Value, StatusOf(step.Status), step.Message)
            : new ResourceOutcome(resource.Id.Value, ResourceStatus.NotRun);
    }

    private static ResourceStatus StatusOf(StepStatus step) => step switch
    {
        StepStatus.Applied => ResourceStatus.Changed,
        StepStatus.Failed => ResourceStatus.Failed,
        StepStatus.RolledBack => ResourceStatus.RolledBack,
        StepStatus.RollbackFailed => ResourceStatus.RollbackFailed,
        StepStatus.Kept => ResourceStatus.Kept,
        _ => ResourceStatus.NotRun,
    };
}
