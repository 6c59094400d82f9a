using ConfigAgent.Agent.Runs;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace ConfigAgent.Agent.Scheduling;

/// <summary>
/// The one job of the agent. Quartz never runs it twice at once (DisallowConcurrentExecution);
/// the host's run lock keeps it apart from `configagent apply` too.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ConvergeJob(IAgentRun runner, RunRequests requests, RunSplay splay, SchedulerLiveness liveness, IHostApplicationLifetime lifetime, TimeProvider clock) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        // Quartz's shutdown waits for a running job but never cancels it, and the host stops
        // waiting after its shutdown timeout: a long run would be abandoned mid-step. Stopping
        // the agent stops the run between steps instead, and the engine rolls it back.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var trigger = (RunTrigger)context.MergedJobDataMap.GetInt(AgentSchedule.TriggerKey);
        if (trigger == RunTrigger.Schedule && splay.Next() is { } delay && delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, clock, stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        requests.RunStarted();
        liveness.RunStarted();
        try
        {
            await Task.Run(() => runner.Run(trigger, stopping.Token), CancellationToken.None);
        }
        finally
        {
            liveness.RunFinished();
        }
    }
}
