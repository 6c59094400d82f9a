using ConfigAgent.Agent.Runs;

namespace ConfigAgent.Agent.Scheduling;

/// <summary>
/// Requests for an out-of-schedule run (kernel events, changed files), debounced: the first
/// request waits <c>debounce</c> for its burst to end, then one run is asked for; requests that
/// arrive before that run starts join it instead of queuing another.
/// </summary>
public sealed class RunRequests(TimeSpan debounce, TimeProvider clock) : IDisposable
{
    private readonly Lock _gate = new();
    private Action<RunTrigger>? _start;
    private ITimer? _timer;
    private RunTrigger _trigger;
    private bool _pending;

    /// <summary>How a run is started once the burst is over (the scheduler's TriggerJob).</summary>
    public void OnStart(Action<RunTrigger> start) => _start = start;

    public void Request(RunTrigger trigger)
    {
        lock (_gate)
        {
            if (_pending)
            {
                return;
            }

            _pending = true;
            _trigger = trigger;
            _timer?.Dispose();
            _timer = clock.CreateTimer(_ => Fire(), null, debounce, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>A run has started: what comes next needs a run of its own.</summary>
    public void RunStarted()
    {
        lock (_gate)
        {
            _pending = false;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
        }
    }

    private void Fire()
    {
        RunTrigger trigger;
        lock (_gate)
        {
            trigger = _trigger;
        }

        _start?.Invoke(trigger);
    }
}
