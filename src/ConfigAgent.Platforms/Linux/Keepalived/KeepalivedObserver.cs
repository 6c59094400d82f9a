using System.Net.Sockets;
using ConfigAgent.Facts;
using ConfigAgent.HostAccess;
using ConfigAgent.Observation;

namespace ConfigAgent.Platforms.Linux.Keepalived;

/// <summary>
/// Adds to a Linux host's observation what its failover VIPs need: whether systemd manages
/// services and whose keepalived.conf is there (with the host, so that compilation can choose), and, when the run has failover
/// VIPs, keepalived's state and who answers for each VIP on its link.
/// </summary>
internal sealed class KeepalivedObserver(IHostObserver inner, IFileSystem files, KeepalivedStateReader keepalived, VipHolderProbe holders) : IHostObserver
{
    public string Source => inner.Source;

    public HostFacts ObserveHost()
    {
        var host = inner.ObserveHost();
        var observed = new Dictionary<string, FileFacts>(host.Files, StringComparer.Ordinal)
        {
            [KeepalivedPaths.SystemdMarker] = files.Observe(KeepalivedPaths.SystemdMarker),

            // Whose it is decides the graph: ConfigAgent's to replace, or an operator's that blocks.
            [KeepalivedPaths.Configuration] = files.Observe(KeepalivedPaths.Configuration),
        };
        return host with { Files = observed };
    }

    public HostFacts ObserveDetails(HostFacts host, ObservationScope scope)
    {
        var facts = inner.ObserveDetails(host, scope);
        if (scope.FailoverVips.Count == 0)
        {
            return facts;
        }

        var vrrp = keepalived.Read();
        try
        {
            vrrp = vrrp with { Holders = holders.Probe(scope.FailoverVips, facts.Interfaces) };
        }
        catch (SocketException ex)
        {
            vrrp = vrrp with { HolderProblem = $"who else holds the VIPs was not asked (ARP needs CAP_NET_RAW): {ex.Message}" };
        }

        return facts with { Vrrp = vrrp };
    }
}
