using System.CommandLine;
using ConfigAgent.Cli.Hosting;
using ConfigAgent.Output.Plans;

namespace ConfigAgent.Cli.Commands;

/// <summary>
/// <c>configagent plan FILE...</c>: what apply would change, in order, with before/after and why.
/// It changes nothing and needs no privileges.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CliConsole console)
    {
        var files = CommonOptions.Files();
        var target = new TargetOptions();
        var format = CommonOptions.Format(PlanFormats.All);
        var detailed = CommonOptions.DetailedExitCode("the plan has changes");
        var factsDirectory = CommonOptions.FactsDirectory();
        var allowMassRemoval = CommonOptions.AllowMassRemoval();
        var command = new Command("plan", "Show what apply would change on this host (or on a host recorded with --facts, or on every host of --facts-dir)")
        {
            files, format, detailed, factsDirectory, allowMassRemoval,
        };
        target.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(factsDirectory) is { } directory)
            {
                return FleetPlanRun.Run(parse, parse.GetValue(files)!, directory, target, parse.GetValue(format)!, console);
            }

            var session = HostSession.Open(parse, parse.GetValue(files)!, target, console, TimeProvider.System, readOnly: true);
            if (session?.LoadLedger() is not { } ledger || session.Plan(ledger, parse.GetValue(allowMassRemoval)) is not { } result)
            {
                return ExitCodes.Failure;
            }

            console.Out.Write(PlanFormats.All.Render(result.Plan, parse.GetValue(format)!, console.Color));
            return PlanOutput.ExitCode(result.Plan, parse.GetValue(detailed));
        });
        return command;
    }
}
