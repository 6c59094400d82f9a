using ConfigAgent.Facts;

namespace ConfigAgent.Observation;

/// <summary>
/// Starts the host's base observation on another core at once, for commands that only read
/// (plan, graph, render): it overlaps with reading and validating the YAML. The first
/// <see cref="ObserveHost"/> takes that result; later ones observe afresh.
/// </summary>
public sealed class PrefetchingObserver(IHostObserver inner) : IHostObserver
{
    private Task<HostFacts>? _first = Task.Run(inner.ObserveHost);

    public string Source => inner.Source;

    public HostFacts ObserveHost() =>
        Interlocked.Exchange(ref _first, null) is { } first ? first.GetAwaiter().GetResult() : inner.ObserveHost();

    public HostFacts ObserveDetails(HostFacts host, ObservationScope scope) => inner.ObserveDetails(host, scope);
}
