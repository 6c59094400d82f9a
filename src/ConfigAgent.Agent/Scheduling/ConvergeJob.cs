using ConfigAgent.Agent.Runs;
using Quartz;

namespace ConfigAgent.Agent.Scheduling;

/// <summary>
/// The one job of the agent. Quartz never runs it twice at once (DisallowConcurrentExecution);
/// the host's run lock keeps it apart from `configagent apply` too.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ConvergeJob(IAgentRun runner, RunRequests requests, Splay splay, TimeProvider clock) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var trigger = (RunTrigger)context.MergedJobDataMap.GetInt(AgentSchedule.TriggerKey);
        if (trigger == RunTrigger.Schedule && splay.Next() is { } delay && delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, clock, cancellationToken);
        }

        requests.RunStarted();
        await Task.Run(() => runner.Run(trigger, cancellationToken), CancellationToken.None);
    }
}
