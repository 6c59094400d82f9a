using ConfigAgent.Planning;

namespace ConfigAgent.Cli.Hosting;

/// <summary>The exit code a plan stands for.</summary>
internal static class PlanOutput
{
    /// <summary>1 when the host cannot be converged; with --detailed-exitcode, 2 when there are changes.</summary>
    public static int ExitCode(Plan plan, bool detailed) =>
        plan.IsBlocked ? ExitCodes.Failure
        : detailed && plan.HasChanges ? ExitCodes.Changes
        : ExitCodes.Success;
}
