using ConfigAgent.Planning;

namespace ConfigAgent.Cli.Hosting;

/// <summary>The plan in the format asked for, and the exit code it stands for.</summary>
internal static class PlanOutput
{
    public static string Render(Plan plan, string format, bool color) => format switch
    {
        "json" => JsonPlanRenderer.Render(plan),
        "markdown" => MarkdownPlanRenderer.Render(plan),
        _ => new TextPlanRenderer(color).Render(plan),
    };

    /// <summary>1 when the host cannot be converged; with --detailed-exitcode, 2 when there are changes.</summary>
    public static int ExitCode(Plan plan, bool detailed) =>
        plan.IsBlocked ? ExitCodes.Failure
        : detailed && plan.HasChanges ? ExitCodes.Changes
        : ExitCodes.Success;
}
