using ConfigAgent.Fleet;
using ConfigAgent.Graph;
using ConfigAgent.Planning;

namespace ConfigAgent.Output.Fleet;

/// <summary>One host's line in a fleet plan, the same in text and markdown.</summary>
internal static class FleetHostOutcome
{
    /// <summary>One host's outcome in a few words: "+2 ~1 -0", "no changes", "blocked", "error".</summary>
    public static string Of(FleetHostPlan host) => host.Status switch
    {
        FleetHostStatus.Error => $"error: {host.Errors.Count} problem{(host.Errors.Count == 1 ? "" : "s")}",
        FleetHostStatus.InSync when host.Plan is { Documents.Count: 0 } => "no document selects it",
        FleetHostStatus.InSync => $"no changes ({host.Plan!.InSync} in sync)",
        _ => Counts(host.Plan!) + Blocked(host.Plan!) + Refused(host.Plan!),
    };

    private static string Blocked(Plan plan) =>
        plan.CountOf(ChangeAction.Blocked) is > 0 and var blocked ? $", {blocked} blocked" : "";

    // The removal guard: the pull request shows that the change would empty the host (issue 17).
    private static string Refused(Plan plan) =>
        plan.MassRemoval is { Allowed: false } guard ? $", refused: would remove {guard.Removals.Count} of the {guard.Owned} resources it owns" : "";

    private static string Counts(Plan plan) =>
        $"+{plan.CountOf(ChangeAction.Create)} ~{plan.CountOf(ChangeAction.Update)} -{plan.CountOf(ChangeAction.Delete)}";
}
