using Quartz;

namespace ConfigAgent.Agent.Scheduling;

/// <summary>
/// A job that does nothing but say it ran: proof, for the systemd watchdog, that Quartz still
/// fires triggers and has a worker thread free (the converge job never takes more than one).
/// </summary>
public sealed class HeartbeatJob(SchedulerLiveness liveness) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        liveness.Beat();
        return ValueTask.CompletedTask;
    }
}
