using System.CommandLine;
using ConfigAgent.Cli.Hosting;
using ConfigAgent.Fleet;
using ConfigAgent.Output.Fleet;

namespace ConfigAgent.Cli.Commands;

/// <summary>
/// <c>configagent hosts --facts-dir DIR FILE...</c>: which documents apply to which host of an
/// inventory, the hosts no document selects and why, and the conflicts on a host.
/// </summary>
internal static class HostsCommand
{
    public static Command Create(CliConsole console)
    {
        var files = CommonOptions.Files();
        var factsDirectory = CommonOptions.FactsDirectory();
        factsDirectory.Required = true;
        var format = CommonOptions.Format(HostsFormats.All);
        var command = new Command("hosts", "Show which documents apply to which host of a facts directory") { files, factsDirectory, format };
        command.SetAction(parse =>
        {
            if (FleetSession.Open(parse.GetValue(files)!, parse.GetValue(factsDirectory)!, console) is not { } fleet)
            {
                return ExitCodes.Failure;
            }

            var report = HostsReport.Build(fleet.Documents, fleet.FactsDirectory, fleet.Inventory);
            console.Out.Write(HostsFormats.All.Render(report, parse.GetValue(format)!, console.Color));
            if (!fleet.DocumentsValid)
            {
                console.Error.WriteLine("error: the desired state is invalid: the hosts above are selected by the documents that could be read");
            }

            return fleet.DocumentsValid && !report.HasErrors ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
