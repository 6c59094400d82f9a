using System.Text;
using ConfigAgent.Graph;

namespace ConfigAgent.Planning;

/// <summary>The plan as GitHub-flavoured markdown, for a pull-request comment or a job summary.</summary>
public static class MarkdownPlanRenderer
{
    public static string Render(Plan plan, int headingLevel = 3)
    {
        var h = new string('#', headingLevel);
        var text = new StringBuilder();
        text.Append($"{h} ConfigAgent plan for `{Untrusted(plan.Host)}` ({Untrusted(plan.Platform)})\n\n");
        text.Append($"**{Cell(ChangeSymbols.Summary(plan))}**\n\n");
        text.Append($"Desired state `{TextPlanRenderer.Short(plan.Revision)}` · observed {Cell(plan.ObservedFrom)} · documents: ")
            .Append(plan.Documents.Count == 0 ? "none apply" : string.Join(", ", plan.Documents.Select(d => $"`{Cell(d)}`")))
            .Append("\n\n");
        foreach (var note in plan.Notes)
        {
            text.Append($"> {Cell(note)}\n\n");
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
                    .Append($" (`{Cell(change.Resource.Origin.ToString())}`)");
                foreach (var command in change.Commands)
                {
                    text.Append("<br>runs ").Append(Code(command.ToString()));
                }

                text.Append(" |\n");
            }

            text.Append('\n');
            foreach (var (change, step) in ofSide.Where(s => s.change.Diff is not null))
            {
                text.Append($"<details><summary>{step}. {Cell(change.Resource.Title)}</summary>\n\n```diff\n{change.Diff!.TrimEnd('\n')}\n```\n\n</details>\n\n");
            }
        }

        return text.ToString();
    }

    private static string Code(string? value) => value is null ? "—" : $"`{Cell(value).Replace("`", "'", StringComparison.Ordinal)}`";

    /// <summary>
    /// Hostnames and platforms come from facts files, which need not be well-formed: nothing in
    /// them may open HTML, end a table cell, a code span or the line in the pull-request comment.
    /// </summary>
    internal static string Untrusted(string value) =>
        value.Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("`", "'", StringComparison.Ordinal)
            .ReplaceLineEndings(" ");

    private static string Cell(string value) =>
        value.Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\n", "<br>", StringComparison.Ordinal);
}
