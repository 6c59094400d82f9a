using System.CommandLine;
using ConfigAgent.Cli.Commands;

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
            GraphCommand.Create(console),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }
}
