using System.Text;
using ConfigAgent.Graph;
using ConfigAgent.Planning;

namespace ConfigAgent.Fleet;

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
        text.Append($"Desired state `{TextPlanRenderer.Short(fleet.Revision)}` · facts from `{fleet.FactsDirectory}`\n\n");
        text.Append("| Host | Platform | Documents | Plan |\n|---|---|---|---|\n");
        foreach (var host in fleet.Hosts)
        {
            var documents = host.Plan is { Documents.Count: > 0 } plan ? string.Join(", ", plan.Documents.Select(d => MarkdownText.CodeSpan(d, inTable: true))) : "—";
            text.Append($"| {MarkdownText.CodeSpan(host.Hostname, inTable: true)} | {MarkdownText.Text(host.Platform, inTable: true)} | {documents} | {Outcome(host)} |\n");
        }

        text.Append('\n');
        foreach (var host in fleet.Hosts.Where(h => h.Status != FleetHostStatus.InSync))
        {
            text.Append($"<details><summary><code>{MarkdownText.Html(host.Hostname)}</code>: {Outcome(host)}</summary>\n\n");
            foreach (var error in host.Errors)
            {
                text.Append("```\n").Append(error.Replace("```", "'''", StringComparison.Ordinal)).Append("\n```\n\n");
            }

            if (host.Plan is { } plan && host.Errors.Count == 0)
            {
                text.Append(MarkdownPlanRenderer.Render(plan, headingLevel: 3));
            }

            text.Append("</details>\n\n");
        }

        return text.ToString();
    }

    /// <summary>One host's outcome in a few words: "+2 ~1 -0", "no changes", "blocked", "error".</summary>
    internal static string Outcome(FleetHostPlan host) => host.Status switch
    {
        FleetHostStatus.Error => $"error: {host.Errors.Count} problem{(host.Errors.Count == 1 ? "" : "s")}",
        FleetHostStatus.InSync when host.Plan is { Documents.Count: 0 } => "no document selects it",
        FleetHostStatus.InSync => $"no changes ({host.Plan!.InSync} in sync)",
        _ when host.Plan!.MassRemoval is { Allowed: false } guard => $"{Counts(host.Plan)}, refused: would remove {guard.Removals.Count} of the {guard.Owned} resources it owns",
        _ => $"{Counts(host.Plan!)}{(host.Status == FleetHostStatus.Blocked ? $", {host.Plan!.CountOf(ChangeAction.Blocked)} blocked" : "")}",
    };

    private static string Counts(Plan plan) =>
        $"+{plan.CountOf(ChangeAction.Create)} ~{plan.CountOf(ChangeAction.Update)} -{plan.CountOf(ChangeAction.Delete)}";

    private static string Mark(FleetPlan fleet) => fleet.ExitCode switch
    {
        1 => ":x:",
        2 => ":memo:",
        _ => ":white_check_mark:",
    };
}
