
namespace ConfigAgent.Agent.Runs;

/// <summary>One run of the agent, as the scheduler starts it.</summary>
public interface IAgentRun
{
    RunReport Run(RunTrigger trigger, CancellationToken cancellationToken);
}
