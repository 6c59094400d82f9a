using System.Globalization;
using System.Text;
using ConfigAgent.Graph;
using ConfigAgent.Planning;

namespace ConfigAgent.Output.Plans;

/// <summary>The plan for people: changes in apply order, runtime and persisted apart, in colour when the terminal takes it.</summary>
public static class PlanTextRenderer
{
    public static string Render(Plan plan, bool color)
    {
        var paint = new TerminalColors(color);
        var text = new StringBuilder();
        text.Append(paint.Paint(TerminalColors.Bold, $"Plan for {plan.Host} ({plan.Platform})"))
            .Append($", desired state {RevisionText.Short(plan.Revision)}, observed {plan.ObservedFrom}\n");
        text.Append(plan.Documents.Count == 0 ? "Documents: none apply to this host\n" : $"Documents: {string.Join(", ", plan.Documents)}\n");
        foreach (var note in plan.Notes)
        {
            text.Append(paint.Paint(TerminalColors.Yellow, "note: ")).Append(note).Append('\n');
        }

        var steps = plan.Changes.Select((change, index) => (change, step: index + 1)).ToList();
        var width = steps.Count.ToString(CultureInfo.InvariantCulture).Length;
        foreach (var side in new[] { ResourceSide.Runtime, ResourceSide.Persisted })
        {
            var ofSide = steps.Where(s => s.change.Resource.Side == side).ToList();
            if (ofSide.Count == 0)
            {
                continue;
            }

            text.Append('\n').Append(paint.Paint(TerminalColors.Bold, side == ResourceSide.Runtime ? "Runtime (in force now)" : "Persisted (what the host restores at boot)")).Append('\n');
            foreach (var (change, step) in ofSide)
            {
                AppendChange(text, paint, change, step.ToString(CultureInfo.InvariantCulture).PadLeft(width), width);
            }
        }

        if (plan.Failover.Count > 0)
        {
            text.Append('\n').Append(paint.Paint(TerminalColors.Bold, FailoverText.Heading)).Append('\n');
            FailoverText.Append(text, plan.Failover, "  ", s => paint.Paint(TerminalColors.Red, s));
        }

        text.Append('\n').Append(paint.Paint(plan.IsBlocked ? TerminalColors.Red : TerminalColors.Bold, ChangeSymbols.Summary(plan))).Append('\n');
        return text.ToString();
    }

    private static void AppendChange(StringBuilder text, TerminalColors paint, Change change, string step, int width)
    {
        var colour = change.Action switch
        {
            ChangeAction.Create => TerminalColors.Green,
            ChangeAction.Update => TerminalColors.Yellow,
            _ => TerminalColors.Red,
        };
        var indent = new string(' ', width + 6);
        text.Append("  ").Append(step).Append(' ')
            .Append(paint.Paint(colour, $"{ChangeSymbols.Of(change.Action)} {change.Resource.Title}"));
        if (change.Action != ChangeAction.Blocked)
        {
            text.Append(": ").Append(change.Before ?? "absent").Append(" => ").Append(change.After ?? "absent");
        }

        text.Append('\n');
        text.Append(indent).Append(change.Reason).Append('\n');
        text.Append(indent).Append(paint.Paint(TerminalColors.Dim, $"{change.Resource.Purpose} ({change.Resource.Origin})")).Append('\n');
        foreach (var note in change.Notes)
        {
            text.Append(indent).Append(paint.Paint(TerminalColors.Yellow, "note: ")).Append(note).Append('\n');
        }

        foreach (var (shell, line) in change.Commands.SelectMany(c => c.Displays()))
        {
            text.Append(indent).Append(paint.Paint(TerminalColors.Dim, shell is null ? "runs: " : $"runs ({shell}): ")).Append(line).Append('\n');
        }

        if (change.Diff is { } diff)
        {
            foreach (var line in diff.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var lineColour = line.StartsWith("+++", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) ? TerminalColors.Bold
                    : line.StartsWith('+') ? TerminalColors.Green
                    : line.StartsWith('-') ? TerminalColors.Red
                    : line.StartsWith("@@", StringComparison.Ordinal) ? TerminalColors.Dim
                    : TerminalColors.None;
                text.Append(indent).Append(paint.Paint(lineColour, line)).Append('\n');
            }
        }
    }
}
