using ConfigAgent.Facts;
using ConfigAgent.Observation;
using ConfigAgent.Platforms.Aix.Commands;
using ConfigAgent.Platforms.Aix.Parsing;
using ConfigAgent.Platforms.Aix.Persistence;
using ConfigAgent.Platforms.Commands;

namespace ConfigAgent.Platforms.Aix;

/// <summary>
/// Observes an AIX host through commands, in two batches. The host: <c>hostname</c>,
/// <c>oslevel -s</c> (optional), one <c>ifconfig -a</c> for every interface and address, and one
/// <c>netstat -rn</c> (optional) for the routes through lo0. Then one read per file the resources
/// ask for. The same code reads a host over any transport and a capture of one (<c>facts --from</c>).
/// </summary>
internal sealed class AixHostObserver(HostTransport transport, TimeSpan timeout) : CommandHostObserver(transport, timeout)
{
    public override HostFacts ObserveHost()
    {
        var interfaces = Commands.Parse(AixCommands.ListInterfaces, AixIfconfigParser.Parse);
        var routes = Commands.TryRun(AixCommands.ListRoutes) is { } netstat ? AixNetstatRoutesParser.Parse(netstat) : [];
        return new HostFacts
        {
            Platform = AixModule.Name,
            Hostname = Commands.FirstLine(AixCommands.Hostname),
            CollectedAt = Transport.Clock.GetUtcNow(),
            Os = new OsFacts(AixModule.Name, Commands.TryRun(AixCommands.OsLevel) is { } level ? CommandReader.FirstLineOf(level) : null),
            Interfaces = interfaces,
            Settings = new Dictionary<string, string?>(AixRoutes.Settings(routes), StringComparer.Ordinal),
        };
    }

    public override HostFacts ObserveDetails(HostFacts host, ObservationScope scope)
    {
        var observed = new Dictionary<string, FileFacts>(host.Files, StringComparer.Ordinal);
        foreach (var path in scope.Everything ? scope.Files.Concat(AixPersistencePaths.Known) : scope.Files)
        {
            observed[path] = Transport.Files.Observe(path);
        }

        return host with { Files = observed };
    }
}
