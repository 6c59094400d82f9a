using ConfigAgent.Cli;

return ConfigAgentCli.Run(args, CliConsole.FromProcess());
