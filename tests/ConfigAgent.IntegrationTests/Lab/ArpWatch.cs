using System.Net;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// Continuous ARP probing in the background, so that a reply in any moment of a run is caught,
/// however short the moment: a request every few milliseconds, every reply kept.
/// </summary>
internal sealed class ArpWatch : IDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly ArpProbe _probe;
    private readonly IPAddress _target;
    private readonly TimeSpan _interval;
    private readonly Thread _thread;
    private readonly List<ArpReply> _replies = [];
    private volatile bool _stopping;
    private int _probes;
    private Exception? _failure;

    public ArpWatch(ArpProbe probe, IPAddress target, TimeSpan interval)
    {
        _probe = probe;
        _target = target;
        _interval = interval;

        // The probe's socket already belongs to the lab namespace: the thread needs no setns.
        _thread = new Thread(Loop) { IsBackground = true, Name = $"arp watch {target}" };
        _thread.Start();
    }

    /// <summary>Stops probing and returns how many requests went out and every reply that came back.</summary>
    public ArpWatchResult Stop()
    {
        _stopping = true;
        if (!_thread.Join(StopTimeout))
        {
            throw new TimeoutException($"the ARP watch for {_target} did not stop");
        }

        if (_failure is not null)
        {
            throw new InvalidOperationException($"the ARP watch for {_target} failed", _failure);
        }

        return new ArpWatchResult(_probes, [.. _replies]);
    }

    public void Dispose()
    {
        _stopping = true;
        _thread.Join(StopTimeout);
    }

    private void Loop()
    {
        try
        {
            while (!_stopping)
            {
                _probe.Send(_target);
                _probes++;
                _replies.AddRange(_probe.Listen(_target, _interval));
            }
        }
        catch (Exception e)
        {
            _failure = e;
        }
    }
}
