using System.Text;
using ConfigAgent.Fleet;
using ConfigAgent.Output.Plans;

namespace ConfigAgent.Output.Fleet;

/// <summary>
/// The fleet plan for a terminal: one line a host, then the plan of every host that would change
/// or cannot be planned, then the totals.
/// </summary>
public static class FleetPlanTextRenderer
{
    public static string Render(FleetPlan fleet, bool color)
    {
        var text = new StringBuilder();
        text.Append($"Fleet plan: {FleetPlan.Plural(fleet.Hosts.Count, "host")} from {fleet.FactsDirectory}, desired state {RevisionText.Short(fleet.Revision)}\n\n");
        var width = fleet.Hosts.Select(h => h.Hostname.Length).DefaultIfEmpty(4).Max();
        foreach (var host in fleet.Hosts)
        {
            text.Append("  ").Append(host.Hostname.PadRight(width)).Append("  ").Append(host.Platform.PadRight(7)).Append("  ")
                .Append(FleetHostOutcome.Of(host)).Append('\n');
        }

        foreach (var host in fleet.Hosts.Where(h => h.Status != FleetHostStatus.InSync))
        {
            text.Append("\n== ").Append(host.Hostname).Append(" ==\n");
            foreach (var error in host.Errors)
            {
                text.Append("error: ").Append(error).Append('\n');
            }

            if (host.Plan is { } plan && host.Errors.Count == 0)
            {
                text.Append(PlanTextRenderer.Render(plan, color));
            }
        }

        text.Append('\n').Append(fleet.Summary()).Append('\n');
        return text.ToString();
    }
}
