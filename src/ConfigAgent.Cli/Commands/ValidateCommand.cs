using System.CommandLine;

namespace ConfigAgent.Cli.Commands;

internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("validate");
        command.SetAction(_ => { console.Out.WriteLine("todo"); return 0; });
        return command;
    }
}
