using ConfigAgent.Graph;

namespace ConfigAgent.HostAccess;

/// <summary>Runs a program with an argument list (never through a shell) and returns what it printed.</summary>
public interface ICommandRunner
{
    CommandResult Run(CommandLine command, TimeSpan timeout, CancellationToken cancellationToken = default);
}
