using ConfigAgent.Agent.Configuration;
using ConfigAgent.Agent.Runs;
using Quartz;

namespace ConfigAgent.Agent.Scheduling;

/// <summary>
/// The Quartz job and triggers of the agent: one durable job, a schedule trigger (interval or
/// cron), a run at start-up. A misfired schedule (the host was busy or asleep) fires once, at the
/// next time, never a burst of missed runs.
/// </summary>
public static class AgentSchedule
{
    public const string TriggerKey = "trigger";

    public static JobKey Job { get; } = new("converge", "configagent");

    public static JobKey HeartbeatJob { get; } = new("heartbeat", "configagent");

    /// <remarks>Triggers take the scheduler's clock: a trigger computes its own next fire times (after a misfire too).</remarks>
    public static ITrigger Scheduled(Schedule schedule, DateTimeOffset start, TimeProvider clock)
    {
        var builder = TriggerBuilder.Create(clock)
            .WithIdentity("schedule", "configagent")
            .ForJob(Job)
            .UsingJobData(TriggerKey, (int)RunTrigger.Schedule)
            .StartAt(start);
        return schedule.Cron is { } cron
            ? builder.WithCronSchedule(cron, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)).Build()
            : builder.WithSimpleSchedule(s => s
                .WithInterval(schedule.Interval ?? Schedule.DefaultInterval)
                .RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)).Build();
    }

    public static ITrigger AtStartup(DateTimeOffset now, TimeProvider clock) => TriggerBuilder.Create(clock)
        .WithIdentity("startup", "configagent")
        .ForJob(Job)
        .UsingJobData(TriggerKey, (int)RunTrigger.Startup)
        .StartAt(now)
        .Build();

    /// <summary>The watchdog's heartbeat: every <paramref name="interval"/>; a late one fires once, not a burst.</summary>
    public static ITrigger Heartbeat(TimeSpan interval, DateTimeOffset start, TimeProvider clock) => TriggerBuilder.Create(clock)
        .WithIdentity("heartbeat", "configagent")
        .ForJob(HeartbeatJob)
        .StartAt(start)
        .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
        .Build();

    public static JobDataMap Data(RunTrigger trigger) => new() { [TriggerKey] = (int)trigger };
}
