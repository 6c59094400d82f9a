using ConfigAgent.Fleet;
using ConfigAgent.Graph;
using ConfigAgent.Output.Json;
using ConfigAgent.Output.JsonModels;
using ConfigAgent.Output.Plans;

namespace ConfigAgent.Output.Fleet;

/// <summary>The fleet plan for bots (<c>plan --facts-dir DIR --format json</c>): a <see cref="FleetPlanJson"/>, docs/fleet.md.</summary>
public static class FleetPlanJsonRenderer
{
    public static string Render(FleetPlan fleet) => JsonOutput.Write(Model(fleet), OutputJsonContext.Default.FleetPlanJson);

    private static FleetPlanJson Model(FleetPlan fleet) => new()
    {
        Revision = fleet.Revision,
        FactsDirectory = fleet.FactsDirectory,
        Summary = new FleetPlanJsonSummary(
            fleet.Hosts.Count,
            fleet.HostsWithChanges,
            fleet.Changes,
            fleet.Count(ChangeAction.Create),
            fleet.Count(ChangeAction.Update),
            fleet.Count(ChangeAction.Delete),
            fleet.BlockedHosts,
            fleet.ErrorHosts,
            fleet.ExitCode),
        Hosts = [.. fleet.Hosts.Select(Host)],
    };

    private static FleetPlanJsonHost Host(FleetHostPlan host) => new(
        host.Hostname,
        host.Platform,
        host.Host.File,
        EnumWord.Of(host.Status),
        host.Errors,
        host.Plan is { } plan && host.Errors.Count == 0 ? PlanJsonRenderer.Model(plan) : null);
}
