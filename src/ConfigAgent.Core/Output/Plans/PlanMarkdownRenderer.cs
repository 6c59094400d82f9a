using System.Text;
using ConfigAgent.Graph;
using ConfigAgent.Planning;

namespace ConfigAgent.Output.Plans;

/// <summary>The plan as GitHub-flavoured markdown, for a pull-request comment or a job summary.</summary>
public static class PlanMarkdownRenderer
{
    public static string Render(Plan plan, int headingLevel = 3)
    {
        var h = new string('#', headingLevel);
        var text = new StringBuilder();
        text.Append($"{h} ConfigAgent plan for {MarkdownText.CodeSpan(plan.Host, inTable: false)} ({MarkdownText.Text(plan.Platform, inTable: false)})\n\n");
        text.Append($"**{MarkdownText.Text(ChangeSymbols.Summary(plan), inTable: false)}**\n\n");
        text.Append($"Desired state `{RevisionText.Short(plan.Revision)}` · observed {MarkdownText.Text(plan.ObservedFrom, inTable: false)} · documents: ")
            .Append(plan.Documents.Count == 0 ? "none apply" : string.Join(", ", plan.Documents.Select(d => MarkdownText.CodeSpan(d, inTable: false))))
            .Append("\n\n");
        foreach (var note in plan.Notes)
        {
            text.Append($"> {MarkdownText.Text(note, inTable: false)}\n\n");
        }

        var steps = plan.Changes.Select((change, index) => (change, step: index + 1)).ToList();
        foreach (var side in new[] { ResourceSide.Runtime, ResourceSide.Persisted })
        {
            var ofSide = steps.Where(s => s.change.Resource.Side == side).ToList();
            if (ofSide.Count == 0)
            {
                continue;
            }

            text.Append($"{h}# {(side == ResourceSide.Runtime ? "Runtime" : "Persisted (boot)")}\n\n");
            text.Append("| # | | Resource | Before | After | Why |\n|---:|:---:|---|---|---|---|\n");
            foreach (var (change, step) in ofSide)
            {
                text.Append($"| {step} | `{ChangeSymbols.Of(change.Action)}` | {Code(change.Resource.Title)} | {Code(change.Before)} | {Code(change.After)} | ")
                    .Append(Cell(change.Reason)).Append(" — ").Append(Cell(change.Resource.Purpose))
                    .Append($" ({Code(change.Resource.Origin.ToString())})");
                foreach (var command in change.Commands)
                {
                    foreach (var (shell, line) in command.Displays())
                    {
                        text.Append(shell is null ? "<br>runs " : $"<br>runs ({MarkdownText.Text(shell, inTable: true)}) ").Append(Code(line));
                    }
                }

                text.Append(" |\n");
            }

            text.Append('\n');
            foreach (var (change, step) in ofSide.Where(s => s.change.Diff is not null))
            {
                var diff = change.Diff!.TrimEnd('\n');
                var fence = MarkdownText.Fence(diff);
                text.Append($"<details><summary>{step}. {MarkdownText.Html(change.Resource.Title)}</summary>\n\n{fence}diff\n{diff}\n{fence}\n\n</details>\n\n");
            }
        }

        if (plan.Failover.Count > 0)
        {
            text.Append($"{h}# Failover\n\n");
            foreach (var group in plan.Failover)
            {
                text.Append("- ").Append(Code(FailoverText.Line(group)));
                foreach (var line in group.Drift.Select(d => $"drift ({d.Kind}): {d.Message}").Concat(group.Notes))
                {
                    text.Append("<br>").Append(Cell(line));
                }

                text.Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Code(string? value) => value is null ? "—" : MarkdownText.CodeSpan(value, inTable: true);

    private static string Cell(string value) => MarkdownText.Text(value, inTable: true);
}
