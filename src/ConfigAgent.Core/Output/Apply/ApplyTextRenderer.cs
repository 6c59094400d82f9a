using System.Globalization;
using System.Text;
using ConfigAgent.Engine;

namespace ConfigAgent.Output.Apply;

/// <summary>What a run did, for people: each step with its outcome, then the verdict.</summary>
public static class ApplyTextRenderer
{
    public static string Render(ApplyResult result, bool color)
    {
        var paint = new TerminalColors(color);
        var plan = result.Plan;
        var text = new StringBuilder();
        text.Append(paint.Paint(TerminalColors.Bold, $"Apply on {plan.Host} ({plan.Platform})")).Append($", desired state {RevisionText.Short(plan.Revision)}\n");
        var width = Math.Max(1, result.Steps.Count.ToString(CultureInfo.InvariantCulture).Length);
        foreach (var step in result.Steps)
        {
            var change = step.Change;
            var (word, colour) = step.Status switch
            {
                StepStatus.Applied => ("done", TerminalColors.Green),
                StepStatus.Kept => ("done, kept", TerminalColors.Yellow),
                StepStatus.RolledBack => ("rolled back", TerminalColors.Yellow),
                StepStatus.NotRun => ("not run", TerminalColors.None),
                _ => (step.Status == StepStatus.Failed ? "FAILED" : "ROLLBACK FAILED", TerminalColors.Red),
            };
            text.Append("  ").Append(step.Step.ToString(CultureInfo.InvariantCulture).PadLeft(width)).Append(' ')
                .Append(ChangeSymbols.Of(change.Action)).Append(' ').Append(change.Resource.Title);
            if (change.Before is not null || change.After is not null)
            {
                text.Append(": ").Append(change.Before ?? "absent").Append(" => ").Append(change.After ?? "absent");
            }

            text.Append("  ").Append(paint.Paint(colour, word)).Append('\n');
            if (step.Message is { } message)
            {
                text.Append(' ', width + 5).Append(message).Append('\n');
            }
        }

        text.Append(paint.Paint(result.Succeeded ? TerminalColors.Bold : TerminalColors.Red, Verdict(result))).Append('\n');
        return text.ToString();
    }

    public static string Verdict(ApplyResult result)
    {
        var took = $"in {result.Duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";
        return result.Outcome switch
        {
            ApplyOutcome.NoChanges => $"No changes: {result.Plan.InSync} resources in sync ({took}).",
            ApplyOutcome.Converged => $"Converged: {result.Count(StepStatus.Applied)} changed, {result.Plan.InSync} already in sync, {took}.",
            ApplyOutcome.Refused => $"Refused: {result.Failure}.",
            _ => FailureVerdict(result, took),
        };
    }

    private static string FailureVerdict(ApplyResult result, string took)
    {
        var rolledBack = result.Count(StepStatus.RolledBack);
        var left = result.Count(StepStatus.RollbackFailed) + result.Count(StepStatus.Kept);
        var state = left == 0
            ? $"{rolledBack} earlier step{(rolledBack == 1 ? "" : "s")} rolled back: the host is as it was before the run"
            : $"{left} step{(left == 1 ? "" : "s")} left in place (see above), {rolledBack} rolled back";
        return $"Failed at {result.Failure}; {state} ({took}).";
    }
}
