using System.CommandLine;
using ConfigAgent.Agent.Reports;
using ConfigAgent.Cli.Hosting;
using ConfigAgent.HostAccess;
using ConfigAgent.Platforms;

namespace ConfigAgent.Cli.Commands;

/// <summary><c>configagent status</c>: the agent's last run on one screen; the exit code says drift or failure.</summary>
internal static class StatusCommand
{
    public static Command Create(CliConsole console)
    {
        var root = new Option<string>("--root") { Description = "Prefix of the state directory", DefaultValueFactory = _ => "/" };
        var state = new Option<string>("--state-dir") { Description = "The agent's state directory", DefaultValueFactory = _ => LocalHostOptions.DefaultStateDirectory };
        var format = CommonOptions.Format(StatusOutput.Formats);
        var command = new Command("status", "Show the agent's last run: outcome, drift, failures (exit 0 in sync or converged, 2 drift found and left (audit), 1 failed or the newest desired state refused)") { root, state, format };
        command.SetAction(parse =>
        {
            var path = Path.Join(Path.GetFullPath(parse.GetValue(root)!), parse.GetValue(state)!, "last-run.json");
            try
            {
                if (!File.Exists(path))
                {
                    console.Error.WriteLine($"error: no run report at {path}: has the agent run on this host?");
                    return ExitCodes.Failure;
                }

                var text = File.ReadAllText(path);
                var report = RunReportJsonReader.Read(text);
                console.Out.Write(StatusOutput.Formats.Render(new LastRun(report, text), parse.GetValue(format)!, console.Color));
                return StatusOutput.ExitCode(report);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                console.Error.WriteLine($"error: {path}: {ErrorSentence.Of(ex, path)}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
