using System.CommandLine;

namespace ConfigAgent.Cli.Commands;

internal static class PlanCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("plan");
        command.SetAction(_ => { console.Out.WriteLine("todo"); return 0; });
        return command;
    }
}
