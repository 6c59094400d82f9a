using ConfigAgent.Agent.Configuration;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Agent.Scheduling;
using Quartz;

namespace ConfigAgent.Agent.Tests.Scheduling;

/// <summary>The schedule, misfire and overlap rules, on Quartz's real scheduler driven by a fake clock.</summary>
public sealed class AgentScheduleTests
{
    [Fact]
    public async Task An_interval_schedule_runs_once_per_interval()
    {
        await using var harness = await SchedulerHarness.Start(new Schedule(TimeSpan.FromSeconds(2), null, TimeSpan.Zero));

        await harness.Advance(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1));

        Assert.Equal(5, harness.Runs.Count);
        Assert.All(harness.Runs, r => Assert.Equal(RunTrigger.Schedule, r));
    }

    [Fact]
    public async Task A_run_longer_than_the_interval_is_followed_by_one_run_not_a_burst()
    {
        await using var harness = await SchedulerHarness.Start(new Schedule(TimeSpan.FromSeconds(2), null, TimeSpan.Zero));
        harness.Gate.Reset();
        await harness.Advance(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1));
        await harness.Until(() => harness.Runs.Count == 1);

        // The run hangs while 20 s pass: ten schedule times go by.
        await harness.Advance(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(1));
        harness.Gate.Set();
        await harness.Settle();
        var afterRelease = harness.Runs.Count;
        await harness.Advance(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1));

        Assert.InRange(afterRelease, 1, 2);
        Assert.Equal(afterRelease + 1, harness.Runs.Count);
        Assert.Equal(1, harness.MostAtOnce);
    }

    [Fact]
    public async Task Requests_during_a_run_wait_for_it_and_never_overlap()
    {
        await using var harness = await SchedulerHarness.Start(new Schedule(TimeSpan.FromHours(1), null, TimeSpan.Zero));
        harness.Gate.Reset();
        harness.Requests.Request(RunTrigger.AddressEvent);
        harness.Clock.Advance(TimeSpan.FromMilliseconds(200));
        await harness.Until(() => harness.Runs.Count == 1);

        harness.Requests.Request(RunTrigger.DesiredStateChange);
        harness.Clock.Advance(TimeSpan.FromMilliseconds(200));
        await harness.Settle();
        Assert.Single(harness.Runs);
        harness.Gate.Set();
        await harness.Until(() => harness.Runs.Count == 2);

        Assert.Equal([RunTrigger.AddressEvent, RunTrigger.DesiredStateChange], harness.Runs);
        Assert.Equal(1, harness.MostAtOnce);
    }

    [Fact]
    public async Task A_burst_of_events_within_the_debounce_makes_one_run()
    {
        await using var harness = await SchedulerHarness.Start(new Schedule(TimeSpan.FromHours(1), null, TimeSpan.Zero));

        for (var i = 0; i < 20; i++)
        {
            harness.Requests.Request(RunTrigger.AddressEvent);
            harness.Clock.Advance(TimeSpan.FromMilliseconds(5));
        }

        await harness.Settle();
        Assert.Empty(harness.Runs);
        harness.Clock.Advance(TimeSpan.FromMilliseconds(200));
        await harness.Until(() => harness.Runs.Count == 1);
        await harness.Settle();

        Assert.Equal([RunTrigger.AddressEvent], harness.Runs);
    }

    [Fact]
    public async Task A_scheduled_run_waits_its_splay_but_an_event_run_does_not()
    {
        var random = new Random(11);
        var expected = new RunSplay(TimeSpan.FromSeconds(10), new Random(11)).Next();
        await using var harness = await SchedulerHarness.Start(new Schedule(TimeSpan.FromMinutes(1), null, TimeSpan.FromSeconds(10)), random: random);

        var fired = harness.Clock.GetUtcNow() + TimeSpan.FromMinutes(1);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));

        // The clock moves on only once the job waits its splay from the time it fired: moved
        // earlier (a loaded machine), the wait would start late and the run never come. (Task.Delay
        // takes whole milliseconds of the splay.)
        await harness.Until(() => harness.Clock.DueTimes.Any(due => due > fired && due <= fired + expected));
        Assert.Empty(harness.Runs);
        harness.Clock.Advance(expected - TimeSpan.FromMilliseconds(1));
        await harness.Settle();
        Assert.Empty(harness.Runs);
        harness.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await harness.Until(() => harness.Runs.Count == 1);

        harness.Requests.Request(RunTrigger.AddressEvent);
        harness.Clock.Advance(TimeSpan.FromMilliseconds(200));
        await harness.Until(() => harness.Runs.Count == 2);
    }

    [Fact]
    public async Task Stopping_the_agent_stops_the_run_in_progress()
    {
        await using var harness = await SchedulerHarness.Start(new Schedule(TimeSpan.FromHours(1), null, TimeSpan.Zero));
        harness.Gate.Reset();
        harness.Requests.Request(RunTrigger.AddressEvent);
        harness.Clock.Advance(TimeSpan.FromMilliseconds(200));
        await harness.Until(() => harness.Running == 1);

        harness.Lifetime.StopApplication();

        await harness.Until(() => harness.Running == 0);
        Assert.False(harness.Gate.IsSet);
    }

    [Fact]
    public void A_cron_schedule_fires_on_its_expression()
    {
        var trigger = AgentSchedule.Scheduled(new Schedule(null, "0 */5 * * * ?", TimeSpan.Zero), new DateTimeOffset(2026, 11, 22, 10, 1, 0, TimeSpan.Zero), TimeProvider.System);

        var first = trigger.GetFireTimeAfter(new DateTimeOffset(2026, 11, 22, 10, 1, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 5, 0, TimeSpan.Zero), first);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 10, 0, TimeSpan.Zero), trigger.GetFireTimeAfter(first));
    }

    [Fact]
    public void Misfired_schedules_fire_once_at_the_next_time()
    {
        var interval = (ISimpleTrigger)AgentSchedule.Scheduled(new Schedule(TimeSpan.FromSeconds(30), null, TimeSpan.Zero), DateTimeOffset.UnixEpoch, TimeProvider.System);
        var cron = (ICronTrigger)AgentSchedule.Scheduled(new Schedule(null, "0 * * * * ?", TimeSpan.Zero), DateTimeOffset.UnixEpoch, TimeProvider.System);

        Assert.Equal(SimpleTriggerMisfireInstruction.NextWithRemainingCount, (SimpleTriggerMisfireInstruction)interval.MisfireInstruction);
        Assert.Equal(CronTriggerMisfireInstruction.DoNothing, (CronTriggerMisfireInstruction)cron.MisfireInstruction);
    }

    [Fact]
    public void The_job_never_runs_twice_at_once() =>
        Assert.NotNull(typeof(ConvergeJob).GetCustomAttributes(typeof(DisallowConcurrentExecutionAttribute), inherit: true).SingleOrDefault());
}
