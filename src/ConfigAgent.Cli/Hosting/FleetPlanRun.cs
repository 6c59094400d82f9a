using System.CommandLine;
using ConfigAgent.Compilation;
using ConfigAgent.Fleet;
using ConfigAgent.Output.Fleet;
using ConfigAgent.Ownership;
using ConfigAgent.Platforms;

namespace ConfigAgent.Cli.Hosting;

/// <summary>
/// <c>plan --facts-dir DIR</c>: every host recorded in DIR, each with its own platform, in one
/// summary. Exit codes are always detailed: 0 nothing changes, 2 something would, 1 an error.
/// </summary>
internal static class FleetPlanRun
{
    public static int Run(ParseResult parse, string[] files, string factsDirectory, TargetOptions target, string format, CliConsole console)
    {
        var refused = new[] { ("--facts", parse.GetValue(target.Facts) is not null), ("--host", parse.GetValue(target.Host) is not null), ("--platform", parse.GetValue(target.Platform) is not null) }
            .Where(o => o.Item2).Select(o => o.Item1).ToList();
        if (refused.Count > 0)
        {
            console.Error.WriteLine($"error: {string.Join(" and ", refused)} cannot be used with --facts-dir: every host's facts, hostname and platform come from its file in the facts directory");
            return ExitCodes.Failure;
        }

        if (FleetSession.Open(files, factsDirectory, console) is not { } fleet)
        {
            return ExitCodes.Failure;
        }

        if (!fleet.DocumentsValid)
        {
            console.Error.WriteLine("error: the desired state is invalid: no host was planned");
            return ExitCodes.Failure;
        }

        var planner = new FleetPlanner(PlatformCatalog.Get);
        var plan = planner.Plan(fleet.Documents, factsDirectory, fleet.Inventory, new CompileContext(Ledger.Empty, parse.GetValue(target.Templates)));
        console.Out.Write(FleetPlanFormats.All.Render(plan, format, console.Color));
        foreach (var host in plan.Hosts)
        {
            foreach (var error in host.Errors)
            {
                console.Error.WriteLine($"error: {error}");
            }
        }

        return plan.ExitCode;
    }
}
