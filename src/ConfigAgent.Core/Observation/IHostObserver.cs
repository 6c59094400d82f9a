using ConfigAgent.Facts;

namespace ConfigAgent.Observation;

/// <summary>
/// Reads the state of a host, in two batches: the host itself (identity, OS, interfaces and every
/// address in one dump), then the settings and files the compiled resources ask for.
/// </summary>
public interface IHostObserver
{
    /// <summary>Where the facts come from, for plans: <c>live</c>, or a facts file.</summary>
    string Source { get; }

    HostFacts ObserveHost();

    HostFacts ObserveDetails(HostFacts host, ObservationScope scope);
}
