using System.Net.Sockets;
using ConfigAgent.Agent.Scheduling;
using ConfigAgent.HostAccess;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;

namespace ConfigAgent.Agent.Hosting;

/// <summary>
/// Feeds the systemd watchdog (WATCHDOG=1 on $NOTIFY_SOCKET) every half interval, but only while
/// the scheduler works (<see cref="SchedulerLiveness"/>): a hung run or a scheduler that no longer
/// fires starves it, and systemd restarts the service (Restart=on-failure). While stuck, the agent
/// says why in its status line (`systemctl status`); feeding resumes, and the status clears, if it
/// recovers before systemd acts.
/// </summary>
internal sealed partial class SystemdWatchdog(
    ISystemdNotifier notifier,
    WatchdogInterval watchdog,
    SchedulerLiveness liveness,
    TimeProvider clock,
    ILogger<SystemdWatchdog> log) : BackgroundService
{
    private static readonly ServiceState Alive = new("WATCHDOG=1");

    // An empty STATUS= clears the status line systemd shows.
    private static readonly ServiceState AliveAgain = new("WATCHDOG=1\nSTATUS=");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!notifier.IsEnabled)
        {
            return;
        }

        string? stuck = null;
        while (await Tick(stoppingToken))
        {
            var problem = liveness.Problem(watchdog.Interval);
            if (problem is null)
            {
                Notify(stuck is null ? Alive : AliveAgain);
                if (stuck is not null)
                {
                    LogRecovered();
                }
            }
            else
            {
                Notify(new ServiceState($"STATUS=The agent is stuck: {problem}"));
                if (stuck is null)
                {
                    LogStuck(problem, watchdog.Interval.TotalSeconds);
                }
            }

            stuck = problem;
        }
    }

    private async Task<bool> Tick(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(watchdog.FeedEvery, clock, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Notify(ServiceState state)
    {
        try
        {
            notifier.Notify(state);
        }
        catch (SocketException ex)
        {
            // Nobody listens on $NOTIFY_SOCKET (systemd went away): nothing to feed.
            LogNotDelivered(ErrorSentence.Of(ex));
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The agent is stuck: {Problem}. It no longer notifies the systemd watchdog, which restarts it within {WatchdogSeconds} s")]
    private partial void LogStuck(string problem, double watchdogSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The agent works again: it notifies the systemd watchdog again")]
    private partial void LogRecovered();

    [LoggerMessage(Level = LogLevel.Debug, Message = "A notification to systemd was not delivered: {Problem}")]
    private partial void LogNotDelivered(string problem);
}
