using ConfigAgent.Graph;

namespace ConfigAgent.Fleet;

/// <summary>The plans of every host of an inventory for one desired-state revision, in hostname order.</summary>
public sealed record FleetPlan(string Revision, string FactsDirectory, IReadOnlyList<FleetHostPlan> Hosts)
{
    public int HostsWithChanges => Hosts.Count(h => h.Plan is { HasChanges: true } && h.Status != FleetHostStatus.Error);

    /// <summary>Changes that apply would make (blocked ones aside) over all planned hosts.</summary>
    public int Changes => Count(ChangeAction.Create) + Count(ChangeAction.Update) + Count(ChangeAction.Delete);

    public int BlockedHosts => Hosts.Count(h => h.Status == FleetHostStatus.Blocked);

    public int ErrorHosts => Hosts.Count(h => h.Status == FleetHostStatus.Error);

    public int Count(ChangeAction action) => Hosts.Sum(h => h.Plan?.CountOf(action) ?? 0);

    /// <summary>
    /// The detailed exit code a pull-request check reads: 1 when a host has an error or is
    /// blocked, else 2 when anything would change, else 0.
    /// </summary>
    public int ExitCode => BlockedHosts + ErrorHosts > 0 ? 1 : HostsWithChanges > 0 ? 2 : 0;

    /// <summary>"2 of 5 hosts would change: 9 changes (7 to create, 2 to update, 0 to delete); 1 host blocked, 0 with errors."</summary>
    public string Summary()
    {
        var text = HostsWithChanges == 0
            ? $"No changes on {Plural(Hosts.Count, "host")}"
            : $"{HostsWithChanges} of {Plural(Hosts.Count, "host")} would change: {Plural(Changes, "change")} ({Count(ChangeAction.Create)} to create, {Count(ChangeAction.Update)} to update, {Count(ChangeAction.Delete)} to delete)";
        return $"{text}; {Plural(BlockedHosts, "host")} blocked, {ErrorHosts} with errors.";
    }

    internal static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
