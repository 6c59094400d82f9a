using System.Text;
using ConfigAgent.Planning;

namespace ConfigAgent.Fleet;

/// <summary>
/// The fleet plan for a terminal: one line a host, then the plan of every host that would change
/// or cannot be planned, then the totals.
/// </summary>
public sealed class FleetPlanTextRenderer(bool color)
{
    public string Render(FleetPlan fleet)
    {
        var text = new StringBuilder();
        text.Append($"Fleet plan: {FleetPlan.Plural(fleet.Hosts.Count, "host")} from {fleet.FactsDirectory}, desired state {TextPlanRenderer.Short(fleet.Revision)}\n\n");
        var width = fleet.Hosts.Select(h => h.Hostname.Length).DefaultIfEmpty(4).Max();
        foreach (var host in fleet.Hosts)
        {
            text.Append("  ").Append(host.Hostname.PadRight(width)).Append("  ").Append(host.Platform.PadRight(7)).Append("  ")
                .Append(FleetPlanMarkdownRenderer.Outcome(host)).Append('\n');
        }

        var plans = new TextPlanRenderer(color);
        foreach (var host in fleet.Hosts.Where(h => h.Status != FleetHostStatus.InSync))
        {
            text.Append("\n== ").Append(host.Hostname).Append(" ==\n");
            foreach (var error in host.Errors)
            {
                text.Append("error: ").Append(error).Append('\n');
            }

            if (host.Plan is { } plan && host.Errors.Count == 0)
            {
                text.Append(plans.Render(plan));
            }
        }

        text.Append('\n').Append(fleet.Summary()).Append('\n');
        return text.ToString();
    }
}
