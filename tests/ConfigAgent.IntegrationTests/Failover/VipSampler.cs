using System.Diagnostics;
using System.Net;

namespace ConfigAgent.IntegrationTests.Failover;

/// <summary>
/// Looks at both members every 50 ms, on a thread of its own, and records who held the VIP: the
/// issue's witness that a failover never puts the VIP on both. ip's JSON, not the product's view.
/// </summary>
internal sealed class VipSampler : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(50);

    private readonly HaHost _a;
    private readonly HaHost _b;
    private readonly IPAddress _vip;
    private readonly Thread _thread;
    private readonly Lock _gate = new();
    private readonly List<VipSample> _samples = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private volatile bool _stopped;

    public VipSampler(HaHost a, HaHost b, IPAddress vip)
    {
        (_a, _b, _vip) = (a, b, vip);
        _thread = new Thread(Loop) { IsBackground = true, Name = "VIP sampler" };
        _thread.Start();
    }

    public IReadOnlyList<VipSample> Samples
    {
        get
        {
            lock (_gate)
            {
                return [.. _samples];
            }
        }
    }

    /// <summary>Stops sampling and returns every sample.</summary>
    public IReadOnlyList<VipSample> Stop()
    {
        _stopped = true;
        _thread.Join();
        return Samples;
    }

    public void Dispose()
    {
        _stopped = true;
        _thread.Join();
    }

    private void Loop()
    {
        while (!_stopped)
        {
            var started = _clock.Elapsed;
            var sample = new VipSample(started, Holds(_a), Holds(_b));
            lock (_gate)
            {
                _samples.Add(sample);
            }

            var left = Period - (_clock.Elapsed - started);
            if (left > TimeSpan.Zero)
            {
                Task.Delay(left).GetAwaiter().GetResult();
            }
        }
    }

    private bool Holds(HaHost host)
    {
        try
        {
            return host.Holds(_vip);
        }
        catch (InvalidOperationException)
        {
            // A namespace going away at the end of a test.
            return false;
        }
    }
}
