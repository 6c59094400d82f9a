using ConfigAgent.Agent.Configuration;
using ConfigAgent.Agent.Scheduling;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace ConfigAgent.Agent.Hosting;

/// <summary>
/// Once the scheduler runs: a run at start-up, the schedule, and out-of-schedule runs on request
/// (kernel events, changed files) through the same job, so that nothing ever overlaps; under a
/// systemd watchdog, the heartbeat that proves the scheduler still fires.
/// </summary>
internal sealed class ScheduleInstaller(ISchedulerFactory factory, AgentConfiguration configuration, RunRequests requests, SchedulerLiveness liveness, TimeProvider clock, WatchdogInterval? watchdog = null) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var now = clock.GetUtcNow();
        await scheduler.ScheduleJob(AgentSchedule.AtStartup(now, clock), default, cancellationToken);
        await scheduler.ScheduleJob(AgentSchedule.Scheduled(configuration.Schedule, now + (configuration.Schedule.Interval ?? TimeSpan.Zero), clock), default, cancellationToken);
        if (watchdog is not null)
        {
            await scheduler.ScheduleJob(AgentSchedule.Heartbeat(watchdog.HeartbeatEvery, now + watchdog.HeartbeatEvery, clock), default, cancellationToken);

            // The heartbeats are due from now on, not from when the host was built.
            liveness.Beat();
        }

        requests.OnStart(trigger => _ = scheduler.TriggerJob(AgentSchedule.Job, AgentSchedule.Data(trigger), CancellationToken.None));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
