using System.Globalization;
using ConfigAgent.Facts;
using ConfigAgent.Observation;
using ConfigAgent.Platforms.Commands;
using ConfigAgent.Platforms.Windows.Commands;
using ConfigAgent.Platforms.Windows.Parsing;
using ConfigAgent.Platforms.Windows.Resources;

namespace ConfigAgent.Platforms.Windows;

/// <summary>
/// Observes a Windows host through netsh, in two batches. The host: <c>hostname</c>, the adapter
/// list (<c>show interfaces</c>) and every address (<c>ipv4 show addresses</c>, <c>ipv6 show
/// addresses</c>). Then, per adapter and family the resources ask about, one
/// <c>show interface interface=&lt;name&gt;</c> for its metric and weak host settings. The same code
/// reads a host over any transport and a capture of one (<c>facts --from</c>).
/// </summary>
internal sealed class WindowsHostObserver(HostTransport transport, TimeSpan timeout) : CommandHostObserver(transport, timeout)
{
    public override HostFacts ObserveHost()
    {
        var adapters = Commands.Parse(NetshCommands.ShowInterfaces, NetshInterfacesParser.Parse);
        var ipv4 = Commands.Parse(NetshCommands.ShowAddresses, NetshAddressesParser.Parse);
        var ipv6 = Commands.Parse(NetshCommands.ShowIpv6Addresses, NetshIpv6AddressesParser.Parse);
        return new HostFacts
        {
            Platform = WindowsModule.Name,
            Hostname = Commands.FirstLine(NetshCommands.Hostname),
            CollectedAt = Transport.Clock.GetUtcNow(),
            Os = new OsFacts(WindowsModule.Name, null),
            Interfaces =
            [
                .. adapters.Select(a => new InterfaceFacts(
                    a.Name,
                    a.Index,
                    a.IsPseudoLoopback,
                    a.IsConnected,
                    null,
                    [.. ipv4.GetValueOrDefault(a.Name) ?? [], .. ipv6.GetValueOrDefault(a.Name) ?? []],
                    a.Metric)),
            ],
        };
    }

    public override HostFacts ObserveDetails(HostFacts host, ObservationScope scope)
    {
        var settings = new Dictionary<string, string?>(host.Settings, StringComparer.Ordinal);
        var wanted = scope.Settings
            .Select(key => NetshSettings.TryParse(key, out var family, out var adapter, out _) ? (family, adapter) : default)
            .Where(w => w != default)
            .Distinct()
            .ToList();
        foreach (var (family, adapter) in wanted)
        {
            var detail = host.FindInterface(adapter) is null ? null : Commands.Parse(NetshCommands.ShowInterface(family, adapter), NetshInterfaceDetailParser.Parse);
            Record(settings, family, adapter, detail);
        }

        if (scope.Everything)
        {
            // Everything this platform can tell, as far as it could be read: a capture need not hold every adapter.
            foreach (var adapter in host.Interfaces.Where(i => !i.IsLoopback && !wanted.Contains(("ipv4", i.Name))))
            {
                if (Commands.TryRun(NetshCommands.ShowInterface("ipv4", adapter.Name)) is { } detail)
                {
                    Record(settings, "ipv4", adapter.Name, NetshInterfaceDetailParser.Parse(detail));
                }
            }
        }

        return host with { Settings = settings };
    }

    private static void Record(Dictionary<string, string?> settings, string family, string adapter, NetshInterfaceDetail? detail)
    {
        settings[NetshSettings.Key(family, adapter, NetshSettings.Metric)] = detail?.Metric?.ToString(CultureInfo.InvariantCulture);
        settings[NetshSettings.Key(family, adapter, NetshSettings.WeakHostSend)] = detail?.WeakHostSends;
        settings[NetshSettings.Key(family, adapter, NetshSettings.WeakHostReceive)] = detail?.WeakHostReceives;
    }
}
