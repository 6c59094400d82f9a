using ConfigAgent.Graph;
using ConfigAgent.Output.Json;
using ConfigAgent.Output.JsonModels;
using ConfigAgent.Planning;

namespace ConfigAgent.Output.Plans;

/// <summary>The machine-readable plan (<c>plan --format json</c>): a <see cref="PlanJson"/>, docs/plan-json.md.</summary>
public static class PlanJsonRenderer
{
    public static string Render(Plan plan) => JsonOutput.Write(Model(plan), OutputJsonContext.Default.PlanJson);

    /// <summary>The plan as its JSON record, for the outputs that hold a plan (apply, the fleet plan).</summary>
    public static PlanJson Model(Plan plan) => new()
    {
        Host = plan.Host,
        Platform = plan.Platform,
        Revision = plan.Revision,
        ObservedFrom = plan.ObservedFrom,
        Documents = plan.Documents,
        Summary = new PlanJsonSummary(
            plan.Resources.Count,
            plan.InSync,
            plan.CountOf(ChangeAction.Create),
            plan.CountOf(ChangeAction.Update),
            plan.CountOf(ChangeAction.Delete),
            plan.CountOf(ChangeAction.Blocked),
            plan.HasChanges),
        RemovalGuard = plan.MassRemoval is { } guard
            ? new PlanJsonRemovalGuard(!guard.Allowed, guard.Owned, guard.Removals.Count, [.. guard.Removals.Select(r => r.Resource.Id.Value)])
            : null,
        Notes = plan.Notes,
        Changes = [.. plan.Changes.Select((change, index) => Change(change, index + 1))],
        Failover = plan.Failover.Count > 0 ? plan.Failover : null,
    };

    private static PlanJsonChange Change(Change change, int step)
    {
        var resource = change.Resource;
        var origin = resource.Origin;
        return new PlanJsonChange(
            step,
            resource.Id.Value,
            resource.Id.Kind,
            resource.Title,
            EnumWord.Of(change.Action),
            EnumWord.Of(resource.Side),
            change.Before,
            change.After,
            change.Reason,
            resource.Purpose,
            origin.IsInFile ? new PlanJsonSource(origin.File, origin.Line, origin.Column) : new PlanJsonSource(origin.File, null, null),
            [.. change.Commands.Select(c => (IReadOnlyList<string>)[c.Program, .. c.Arguments])],
            change.Diff,
            change.Notes);
    }
}
