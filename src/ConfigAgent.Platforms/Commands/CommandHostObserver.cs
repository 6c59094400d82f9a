using ConfigAgent.Facts;
using ConfigAgent.Observation;

namespace ConfigAgent.Platforms.Commands;

/// <summary>
/// The base of the observers of platforms driven by commands (AIX, Windows): the transport and a
/// reader of the listings over it. A platform's observer only says which commands it runs and how
/// it parses them; the same code reads a live host, a capture of one and a host over SSH.
/// </summary>
internal abstract class CommandHostObserver(HostTransport transport, TimeSpan timeout) : IHostObserver
{
    public string Source => transport.Source;

    protected HostTransport Transport => transport;

    protected CommandReader Commands { get; } = new(transport.Commands, timeout);

    public abstract HostFacts ObserveHost();

    public abstract HostFacts ObserveDetails(HostFacts host, ObservationScope scope);
}
