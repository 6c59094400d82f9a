using ConfigAgent.Planning;

namespace ConfigAgent.Fleet;

/// <summary>One host of a fleet plan: its plan, or the errors that kept it from being planned.</summary>
public sealed record FleetHostPlan(InventoryHost Host, Plan? Plan, IReadOnlyList<string> Errors)
{
    public string Hostname => Plan?.Host ?? Host.Hostname;

    public string Platform => Plan?.Platform ?? Host.Platform ?? "unknown";

    public FleetHostStatus Status =>
        Plan is null || Errors.Count > 0 ? FleetHostStatus.Error
        : Plan.IsBlocked ? FleetHostStatus.Blocked
        : Plan.HasChanges ? FleetHostStatus.Changes
        : FleetHostStatus.InSync;
}
