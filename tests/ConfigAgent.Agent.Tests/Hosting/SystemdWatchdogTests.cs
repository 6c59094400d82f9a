using ConfigAgent.Agent.Configuration;
using ConfigAgent.Agent.Hosting;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Agent.Scheduling;
using ConfigAgent.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace ConfigAgent.Agent.Tests.Hosting;

/// <summary>
/// The agent's host as systemd sees it (packaging/systemd/configagent.service: Type=notify,
/// WatchdogSec=): READY=1 once the scheduler runs, WATCHDOG=1 every half interval while the
/// scheduler works, none while a run hangs or the scheduler no longer fires, STOPPING=1 at the
/// end. The real host, Quartz and watchdog on a fake clock; this test plays systemd's socket.
/// Watchdog 4 s: a proof every 2 s, a heartbeat every 1 s; a run may last 1 s + 2 s.
/// </summary>
[Collection(nameof(NotifySocketEnvironment))]
public sealed class SystemdWatchdogTests : IDisposable
{
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(2);

    private readonly string _root = Directory.CreateTempSubdirectory("configagent-watchdog-").FullName;
    private readonly FakeClock _clock = new();
    private readonly HangingSource _source = new();
    private IHost? _host;

    public void Dispose()
    {
        _source.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task A_hung_run_stops_the_watchdog_until_it_ends()
    {
        using var systemd = new NotifySocket(Watchdog);
        using var host = await Start();
        var received = new List<string> { await systemd.Receive() };
        await Advance(Tick);
        received.Add(await systemd.Receive());
        await Advance(Tick);
        received.Add(await systemd.Receive());

        // A kernel event starts a run at 00:00:04.5 whose read of the desired state never returns.
        _source.Hang();
        host.Services.GetRequiredService<RunRequests>().Request(RunTrigger.AddressEvent);
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        await _source.WaitUntilHanging();
        for (var i = 0; i < 3; i++)
        {
            await Advance(i == 0 ? TimeSpan.FromSeconds(1.5) : Tick);
            received.Add(await systemd.Receive());
        }

        _source.Release();
        await Until(() => Liveness(host).RunningSince is null);
        for (var i = 0; i < 2; i++)
        {
            await Advance(Tick);
            received.Add(await systemd.Receive());
        }

        await host.StopAsync(TestContext.Current.CancellationToken);
        received.Add(await systemd.Receive());

        Assert.Equal(
            [
                "READY=1", "WATCHDOG=1", "WATCHDOG=1",
                "WATCHDOG=1",
                "STATUS=The agent is stuck: the run that started at 2026-11-22T00:00:04.500+00:00 has lasted 3.5 s, longer than lock_timeout + run_timeout (3 s)",
                "STATUS=The agent is stuck: the run that started at 2026-11-22T00:00:04.500+00:00 has lasted 5.5 s, longer than lock_timeout + run_timeout (3 s)",
                "WATCHDOG=1\nSTATUS=", "WATCHDOG=1",
                "STOPPING=1",
            ],
            received);
    }

    [Fact]
    public async Task A_scheduler_that_no_longer_fires_stops_the_watchdog_until_it_fires_again()
    {
        using var systemd = new NotifySocket(Watchdog);
        using var host = await Start();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var received = new List<string> { await systemd.Receive() };
        await Advance(Tick);
        received.Add(await systemd.Receive());

        // Its last heartbeat at 00:00:02; triggers stop firing.
        await scheduler.Standby(TestContext.Current.CancellationToken);
        for (var i = 0; i < 3; i++)
        {
            await Advance(Tick, beats: false);
            received.Add(await systemd.Receive());
        }

        // Quartz may sit out its standby pause on the fake clock: move the clock in small steps,
        // up to the next tick, until the scheduler beats again.
        await scheduler.Start(TestContext.Current.CancellationToken);
        var next = _clock.GetUtcNow() + Tick;
        var step = TimeSpan.FromMilliseconds(100);
        await Until(() =>
        {
            if (Liveness(host).LastBeat > next - Tick)
            {
                return true;
            }

            if (_clock.GetUtcNow() + step < next)
            {
                _clock.Advance(step);
            }

            return false;
        });
        _clock.Advance(next - _clock.GetUtcNow());
        received.Add(await systemd.Receive());
        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                "READY=1", "WATCHDOG=1",
                "WATCHDOG=1", "WATCHDOG=1",
                "STATUS=The agent is stuck: the scheduler has not run its heartbeat job for 6 s, longer than the watchdog's 4 s",
                "WATCHDOG=1\nSTATUS=",
            ],
            received);
    }

    [Fact]
    public async Task Without_a_watchdog_systemd_hears_ready_and_stopping_only()
    {
        using var systemd = new NotifySocket(watchdog: null);
        using var host = await Start();
        var ready = await systemd.Receive();

        await Advance(Watchdog * 3, beats: false);
        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(("READY=1", "STOPPING=1"), (ready, await systemd.Receive()));
        Assert.Empty(systemd.Pending());
    }

    private async Task<IHost> Start()
    {
        var configuration = new AgentConfiguration
        {
            Schedule = new Schedule(TimeSpan.FromHours(1), null, TimeSpan.Zero),
            AddressEvents = false,
            Root = _root,
            LockTimeout = TimeSpan.FromSeconds(1),
            RunTimeout = TimeSpan.FromSeconds(2),
        };
        var host = AgentHost.Build(configuration, _clock, new Random(1), _source, systemd: true);
        await host.StartAsync(TestContext.Current.CancellationToken);

        // The start-up run, before the clock moves.
        await Until(() => File.Exists(Path.Join(_root, configuration.StateDirectory, "last-run.json")) && Liveness(host).RunningSince is null);
        _host = host;
        return host;
    }

    private static SchedulerLiveness Liveness(IHost host) => host.Services.GetRequiredService<SchedulerLiveness>();

    /// <summary>
    /// Moves the clock in half-second steps; with <paramref name="beats"/>, waits at each step for
    /// the heartbeat due by then, so that the scheduler keeps up with the fake clock.
    /// </summary>
    private async Task Advance(TimeSpan total, bool beats = true)
    {
        var step = TimeSpan.FromMilliseconds(500);
        for (var moved = TimeSpan.Zero; moved < total; moved += step)
        {
            _clock.Advance(step);
            if (beats)
            {
                await Until(() => _clock.GetUtcNow() - Liveness(_host!).LastBeat < Watchdog / 4);
            }
        }
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (TimeProvider.System.TimestampFrequency * 10);
        while (!condition())
        {
            Assert.True(TimeProvider.System.GetTimestamp() < deadline, "not within 10 s");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
