using ConfigAgent.Facts;

namespace ConfigAgent.Observation;

/// <summary>
/// Observation from a facts file recorded on (or written for) another host: plans for any
/// platform, from any machine. A setting or file the facts do not hold cannot be tested, and the
/// resource that needs it is reported as blocked rather than guessed.
/// </summary>
public sealed class RecordedFactsObserver(HostFacts facts, string source) : IHostObserver
{
    public string Source { get; } = source;

    public HostFacts ObserveHost() => facts;

    public HostFacts ObserveDetails(HostFacts host, ObservationScope scope) => host;
}
