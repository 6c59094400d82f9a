using System.Globalization;

namespace ConfigAgent.Agent.Scheduling;

/// <summary>
/// Whether the scheduler still does its work, which is what the systemd watchdog is fed on: its
/// heartbeat job fired within the watchdog interval, and no run has lasted longer than a run may.
/// A process that lives while its scheduler no longer fires, or while a run hangs (a desired-state
/// file on a dead NFS mount, a blocked system call), is not alive in this sense.
/// </summary>
/// <param name="longestRun">How long a run may last, its wait for the host lock included (lock_timeout + run_timeout).</param>
public sealed class SchedulerLiveness(TimeProvider clock, TimeSpan longestRun)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _lastBeat = clock.GetUtcNow();
    private DateTimeOffset? _runStarted;

    public TimeSpan LongestRun { get; } = longestRun;

    /// <summary>When the heartbeat job last ran (the agent's start before it first runs).</summary>
    public DateTimeOffset LastBeat
    {
        get
        {
            lock (_gate)
            {
                return _lastBeat;
            }
        }
    }

    /// <summary>When the run in progress started; null between runs.</summary>
    public DateTimeOffset? RunningSince
    {
        get
        {
            lock (_gate)
            {
                return _runStarted;
            }
        }
    }

    /// <summary>The heartbeat job ran: the scheduler fires triggers and has a thread to run them on.</summary>
    public void Beat()
    {
        lock (_gate)
        {
            _lastBeat = clock.GetUtcNow();
        }
    }

    public void RunStarted()
    {
        lock (_gate)
        {
            _runStarted = clock.GetUtcNow();
        }
    }

    public void RunFinished()
    {
        lock (_gate)
        {
            _runStarted = null;
        }
    }

    /// <summary>Why the scheduler counts as stuck, or null while it works.</summary>
    /// <param name="beatWithin">How recent the last heartbeat must be.</param>
    public string? Problem(TimeSpan beatWithin)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_runStarted is { } started && now - started > LongestRun)
            {
                return $"the run that started at {started:yyyy-MM-ddTHH:mm:ss.fffK} has lasted {Seconds(now - started)}, " +
                       $"longer than lock_timeout + run_timeout ({Seconds(LongestRun)})";
            }

            if (now - _lastBeat > beatWithin)
            {
                return $"the scheduler has not run its heartbeat job for {Seconds(now - _lastBeat)}, longer than the watchdog's {Seconds(beatWithin)}";
            }
        }

        return null;
    }

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
