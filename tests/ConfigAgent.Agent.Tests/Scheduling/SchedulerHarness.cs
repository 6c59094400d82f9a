using ConfigAgent.Agent.Configuration;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Agent.Scheduling;
using ConfigAgent.Engine;
using ConfigAgent.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ConfigAgent.Agent.Tests.Scheduling;

/// <summary>
/// The agent's real Quartz job and triggers on a fake clock, with a run that records what it was
/// started for and can be held open to make a run last as long as the test wants.
/// </summary>
internal sealed class SchedulerHarness : IAsyncDisposable, IAgentRun
{
    private readonly ServiceProvider _provider;
    private readonly Lock _gate = new();
    private readonly List<RunTrigger> _runs = [];
    private int _running;

    private SchedulerHarness(Schedule schedule, TimeSpan debounce, Random random)
    {
        Clock = new FakeClock();
        Requests = new RunRequests(debounce, Clock);
        var services = new ServiceCollection();
        services.AddSingleton<IAgentRun>(this);
        services.AddSingleton(Requests);
        services.AddSingleton(new RunSplay(schedule.Splay, random));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(new SchedulerLiveness(Clock, TimeSpan.FromMinutes(10)));
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostApplicationLifetime>(Lifetime);
        services.AddQuartz(quartz =>
        {
            quartz.UseTimeProvider(Clock);
            quartz.AddJob<ConvergeJob>(job => job.WithIdentity(AgentSchedule.Job).StoreDurably());
        });
        _provider = services.BuildServiceProvider();
        Schedule = schedule;
    }

    public FakeClock Clock { get; }

    public StoppableLifetime Lifetime { get; } = new();

    public RunRequests Requests { get; }

    public Schedule Schedule { get; }

    public IScheduler Scheduler { get; private set; } = null!;

    /// <summary>Runs wait on this gate while it is closed: a run that lasts.</summary>
    public ManualResetEventSlim Gate { get; } = new(initialState: true);

    public int MostAtOnce { get; private set; }

    public int Running => Volatile.Read(ref _running);

    public IReadOnlyList<RunTrigger> Runs
    {
        get
        {
            lock (_gate)
            {
                return [.. _runs];
            }
        }
    }

    public static async Task<SchedulerHarness> Start(Schedule schedule, TimeSpan? debounce = null, Random? random = null)
    {
        var harness = new SchedulerHarness(schedule, debounce ?? TimeSpan.FromMilliseconds(200), random ?? new Random(7));
        harness.Scheduler = await harness._provider.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var start = harness.Clock.GetUtcNow() + (schedule.Interval ?? TimeSpan.Zero);
        await harness.Scheduler.ScheduleJob(AgentSchedule.Scheduled(schedule, start, harness.Clock), default, TestContext.Current.CancellationToken);
        harness.Requests.OnStart(trigger => _ = harness.Scheduler.TriggerJob(AgentSchedule.Job, AgentSchedule.Data(trigger), CancellationToken.None));
        await harness.Scheduler.Start(TestContext.Current.CancellationToken);
        return harness;
    }

    public RunReport Run(RunTrigger trigger, CancellationToken cancellationToken)
    {
        var running = Interlocked.Increment(ref _running);
        lock (_gate)
        {
            MostAtOnce = Math.Max(MostAtOnce, running);
            _runs.Add(trigger);
        }

        try
        {
            Gate.Wait(TimeSpan.FromSeconds(30), cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }

        return new RunReport
        {
            RunId = "test",
            Trigger = trigger,
            Mode = RunMode.Enforce,
            Host = "test",
            Started = Clock.GetUtcNow(),
            Finished = Clock.GetUtcNow(),
            Outcome = RunOutcome.InSync,
        };
    }

    /// <summary>Moves the fake clock in steps, giving the scheduler's thread a moment to act on each.</summary>
    public async Task Advance(TimeSpan total, TimeSpan step)
    {
        for (var moved = TimeSpan.Zero; moved < total; moved += step)
        {
            Clock.Advance(step);
            await Settle();
        }
    }

    /// <summary>Waits (in real time, briefly) until the run count stops changing.</summary>
    public async Task Settle()
    {
        var count = -1;
        while (count != Runs.Count)
        {
            count = Runs.Count;
            await Task.Delay(60, TestContext.Current.CancellationToken);
        }
    }

    public async Task Until(Func<bool> condition)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (TimeProvider.System.TimestampFrequency * 10);
        while (!condition())
        {
            Assert.True(TimeProvider.System.GetTimestamp() < deadline, "the scheduler did not get there within 10 s");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A job still waiting its splay on the fake clock would never end, and Quartz's shutdown
        // would wait for it forever: a failed test must fail, not hang the run. Stopping the
        // application ends that wait, as it does in the agent.
        Lifetime.StopApplication();
        Gate.Set();
        await Scheduler.Shutdown(waitForJobsToComplete: true, CancellationToken.None);
        Requests.Dispose();
        await _provider.DisposeAsync();
        Gate.Dispose();
    }
}
