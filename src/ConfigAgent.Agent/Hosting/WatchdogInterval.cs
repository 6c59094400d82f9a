using System.Globalization;

namespace ConfigAgent.Agent.Hosting;

/// <summary>
/// The systemd watchdog this process must feed (WatchdogSec= in the unit): systemd passes it as
/// $WATCHDOG_USEC, and $WATCHDOG_PID names the process it is meant for, as sd_watchdog_enabled(3)
/// reads them. The agent proves it is alive every half interval, as systemd asks, and its
/// scheduler beats four times an interval, so that one late beat is no reason to stop.
/// </summary>
public sealed record WatchdogInterval(TimeSpan Interval)
{
    public TimeSpan FeedEvery => Interval / 2;

    public TimeSpan HeartbeatEvery => Interval / 4;

    /// <summary>The watchdog systemd asks this process to feed, or null when there is none.</summary>
    public static WatchdogInterval? FromEnvironment()
    {
        var usec = Environment.GetEnvironmentVariable("WATCHDOG_USEC");
        if (!long.TryParse(usec, NumberStyles.None, CultureInfo.InvariantCulture, out var microseconds) || microseconds <= 0 || microseconds > TimeSpan.MaxValue.Ticks / TimeSpan.TicksPerMicrosecond)
        {
            return null;
        }

        // A watchdog meant for another process (a parent that did not clear the variables).
        var pid = Environment.GetEnvironmentVariable("WATCHDOG_PID");
        if (!string.IsNullOrEmpty(pid) && pid != Environment.ProcessId.ToString(CultureInfo.InvariantCulture))
        {
            return null;
        }

        return new WatchdogInterval(TimeSpan.FromMicroseconds(microseconds));
    }
}
