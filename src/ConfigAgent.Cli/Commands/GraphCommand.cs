using System.CommandLine;

namespace ConfigAgent.Cli.Commands;

internal static class GraphCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("graph");
        command.SetAction(_ => { console.Out.WriteLine("todo"); return 0; });
        return command;
    }
}
