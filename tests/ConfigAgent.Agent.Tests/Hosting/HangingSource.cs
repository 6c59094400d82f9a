using ConfigAgent.Agent.Runs;

namespace ConfigAgent.Agent.Tests.Hosting;

/// <summary>
/// A desired-state source whose reads can be made to hang, as a read from a dead NFS mount does:
/// the test seam for a run that never ends. Between hangs it has no desired state (the run is
/// 'invalid' and changes nothing).
/// </summary>
internal sealed class HangingSource : IDesiredStateSource, IDisposable
{
    private readonly ManualResetEventSlim _released = new(initialState: true);
    private readonly SemaphoreSlim _entered = new(0);

    /// <summary>The next read blocks until <see cref="Release"/>.</summary>
    public void Hang() => _released.Reset();

    public void Release() => _released.Set();

    /// <summary>Waits until a read has started to hang.</summary>
    public async Task WaitUntilHanging()
    {
        Assert.True(await _entered.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken), "no run read the desired state within 10 s");
    }

    public DesiredStateSnapshot Current(RunTrigger trigger)
    {
        if (!_released.IsSet)
        {
            _entered.Release();
            _released.Wait(TimeSpan.FromMinutes(1));
        }

        return new DesiredStateSnapshot(null, null, true, []);
    }

    public void Dispose()
    {
        _released.Set();
        _released.Dispose();
        _entered.Dispose();
    }
}
