using System.CommandLine;
using ConfigAgent.Cli.Hosting;
using ConfigAgent.Output.Graph;

namespace ConfigAgent.Cli.Commands;

/// <summary><c>configagent graph FILE...</c>: the resources of this host and why they are ordered as they are.</summary>
internal static class GraphCommand
{
    public static Command Create(CliConsole console)
    {
        var files = CommonOptions.Files();
        var target = new TargetOptions();
        var format = CommonOptions.Format(GraphFormats.All);
        var command = new Command("graph", "Print the resource graph in apply order (text), or as DOT for Graphviz") { files, format };
        target.AddTo(command);
        command.SetAction(parse =>
        {
            var session = HostSession.Open(parse, parse.GetValue(files)!, target, console, TimeProvider.System, readOnly: true);
            if (session?.LoadLedger() is not { } ledger || session.Compile(ledger) is not { } compiled)
            {
                return ExitCodes.Failure;
            }

            console.Out.Write(GraphFormats.All.Render(compiled, parse.GetValue(format)!, console.Color));
            return ExitCodes.Success;
        });
        return command;
    }
}
