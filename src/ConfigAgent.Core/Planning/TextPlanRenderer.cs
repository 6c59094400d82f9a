using System.Text;
using ConfigAgent.Failover;
using ConfigAgent.Graph;

namespace ConfigAgent.Planning;

/// <summary>The human plan: changes in apply order, runtime and persisted apart, with colour when asked.</summary>
public sealed class TextPlanRenderer(bool color)
{
    private const string Reset = "\e[0m";
    private const string Bold = "\e[1m";
    private const string Dim = "\e[2m";
    private const string Red = "\e[31m";
    private const string Green = "\e[32m";
    private const string Yellow = "\e[33m";

    public string Render(Plan plan)
    {
        var text = new StringBuilder();
        text.Append(Paint(Bold, $"Plan for {plan.Host} ({plan.Platform})"))
            .Append($", desired state {Short(plan.Revision)}, observed {plan.ObservedFrom}\n");
        text.Append(plan.Documents.Count == 0 ? "Documents: none apply to this host\n" : $"Documents: {string.Join(", ", plan.Documents)}\n");
        foreach (var note in plan.Notes)
        {
            text.Append(Paint(Yellow, "note: ")).Append(note).Append('\n');
        }

        var steps = plan.Changes.Select((change, index) => (change, step: index + 1)).ToList();
        foreach (var side in new[] { ResourceSide.Runtime, ResourceSide.Persisted })
        {
            var ofSide = steps.Where(s => s.change.Resource.Side == side).ToList();
            if (ofSide.Count == 0)
            {
                continue;
            }

            text.Append('\n').Append(Paint(Bold, side == ResourceSide.Runtime ? "Runtime (in force now)" : "Persisted (what the host restores at boot)")).Append('\n');
            var width = steps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
            foreach (var (change, step) in ofSide)
            {
                AppendChange(text, change, step.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width), width);
            }
        }

        if (plan.Failover.Count > 0)
        {
            text.Append('\n').Append(Paint(Bold, FailoverText.Heading)).Append('\n');
            FailoverText.Append(text, plan.Failover, "  ", s => Paint(Red, s));
        }

        text.Append('\n').Append(Paint(plan.IsBlocked ? Red : Bold, ChangeSymbols.Summary(plan))).Append('\n');
        return text.ToString();
    }

    private void AppendChange(StringBuilder text, Change change, string step, int width)
    {
        var colour = change.Action switch
        {
            ChangeAction.Create => Green,
            ChangeAction.Update => Yellow,
            _ => Red,
        };
        var indent = new string(' ', width + 6);
        text.Append("  ").Append(step).Append(' ')
            .Append(Paint(colour, $"{ChangeSymbols.Of(change.Action)} {change.Resource.Title}"));
        if (change.Action != ChangeAction.Blocked)
        {
            text.Append(": ").Append(change.Before ?? "absent").Append(" => ").Append(change.After ?? "absent");
        }

        text.Append('\n');
        text.Append(indent).Append(change.Reason).Append('\n');
        text.Append(indent).Append(Paint(Dim, $"{change.Resource.Purpose} ({change.Resource.Origin})")).Append('\n');
        foreach (var note in change.Notes)
        {
            text.Append(indent).Append(Paint(Yellow, "note: ")).Append(note).Append('\n');
        }

        foreach (var (shell, line) in change.Commands.SelectMany(c => c.Displays()))
        {
            text.Append(indent).Append(Paint(Dim, shell is null ? "runs: " : $"runs ({shell}): ")).Append(line).Append('\n');
        }

        if (change.Diff is { } diff)
        {
            foreach (var line in diff.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var lineColour = line.StartsWith("+++", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) ? Bold
                    : line.StartsWith('+') ? Green
                    : line.StartsWith('-') ? Red
                    : line.StartsWith("@@", StringComparison.Ordinal) ? Dim
                    : "";
                text.Append(indent).Append(Paint(lineColour, line)).Append('\n');
            }
        }
    }

    private string Paint(string code, string value) => color && code.Length > 0 ? code + value + Reset : value;

    internal static string Short(string revision) =>
        revision.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 && revision.Length > colon + 12 ? revision[(colon + 1)..(colon + 13)] : revision;
}
