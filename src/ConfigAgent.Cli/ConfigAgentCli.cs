using System.CommandLine;
using ConfigAgent.Cli.Commands;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Cli;

/// <summary>The configagent command line: one executable, one subcommand per job.</summary>
public static class ConfigAgentCli
{
    public static int Run(string[] args, CliConsole console)
    {

        var root = new RootCommand("ConfigAgent: declarative VIPs, DSR loopback aliases and ARP policy for hosts behind load balancers.")
        {
            ValidateCommand.Create(console),
            PlanCommand.Create(console),
            ApplyCommand.Create(console),
            GraphCommand.Create(console),
            RenderCommand.Create(console),
            FactsCommand.Create(console),
            AgentCommand.Create(console),
            StatusCommand.Create(console),
            HostsCommand.Create(console),
        };
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception ex)
        {
            // Bad input is reported by the commands themselves; reaching here is a bug.
            console.Error.WriteLine($"error: internal error: {ErrorSentence.Of(ex)}");
            console.Error.WriteLine(console.Environment.GetValueOrDefault("CONFIGAGENT_DEBUG") is "1" or "true"
                ? ex.ToString()
                : "This is a bug in ConfigAgent; please report it (CONFIGAGENT_DEBUG=1 prints the stack trace). Nothing was changed after the failure.");
            return ExitCodes.Failure;
        }
    }
}
