using System.Text;
using ConfigAgent.Fleet;
using ConfigAgent.Output.Plans;

namespace ConfigAgent.Output.Fleet;

/// <summary>
/// The fleet plan as GitHub-flavoured markdown, for a pull-request comment and a job summary:
/// the totals, a table with one row a host, and each host's plan folded in a details block.
/// </summary>
public static class FleetPlanMarkdownRenderer
{
    /// <summary>The first line of every fleet plan comment: the workflow finds its own comment by it.</summary>
    public const string Heading = "## ConfigAgent fleet plan";

    public static string Render(FleetPlan fleet)
    {
        var text = new StringBuilder();
        text.Append(Heading).Append("\n\n");
        text.Append($"{Mark(fleet)} **{fleet.Summary()}**\n\n");
        text.Append($"Desired state `{RevisionText.Short(fleet.Revision)}` · facts from `{fleet.FactsDirectory}`\n\n");
        text.Append("| Host | Platform | Documents | Plan |\n|---|---|---|---|\n");
        foreach (var host in fleet.Hosts)
        {
            var documents = host.Plan is { Documents.Count: > 0 } plan ? string.Join(", ", plan.Documents.Select(d => MarkdownText.CodeSpan(d, inTable: true))) : "—";
            text.Append($"| {MarkdownText.CodeSpan(host.Hostname, inTable: true)} | {MarkdownText.Text(host.Platform, inTable: true)} | {documents} | {FleetHostOutcome.Of(host)} |\n");
        }

        text.Append('\n');
        foreach (var host in fleet.Hosts.Where(h => h.Status != FleetHostStatus.InSync))
        {
            text.Append($"<details><summary><code>{MarkdownText.Html(host.Hostname)}</code>: {FleetHostOutcome.Of(host)}</summary>\n\n");
            foreach (var error in host.Errors)
            {
                text.Append("```\n").Append(error.Replace("```", "'''", StringComparison.Ordinal)).Append("\n```\n\n");
            }

            if (host.Plan is { } plan && host.Errors.Count == 0)
            {
                text.Append(PlanMarkdownRenderer.Render(plan, headingLevel: 3));
            }

            text.Append("</details>\n\n");
        }

        return text.ToString();
    }

    private static string Mark(FleetPlan fleet) => fleet.ExitCode switch
    {
        1 => ":x:",
        2 => ":memo:",
        _ => ":white_check_mark:",
    };
}
