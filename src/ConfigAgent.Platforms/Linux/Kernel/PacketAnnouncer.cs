using System.Net;
using System.Net.Sockets;
using ConfigAgent.Facts;
using ConfigAgent.HostAccess;
using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.Platforms.Linux.Kernel;

/// <summary>Announces addresses with ConfigAgent's own packets (no arping): see <see cref="NeighborAnnouncer"/>.</summary>
internal sealed class PacketAnnouncer : IAddressAnnouncer
{
    private readonly NeighborAnnouncer _announcer = new();

    public void AnnounceOnce(InterfaceFacts nic, IPAddress address)
    {
        if (nic.Mac is not { } mac)
        {
            throw new HostAccessException($"cannot announce {address} on {nic.Name}: the interface has no MAC address");
        }

        try
        {
            _announcer.Announce(nic.Index, mac, address, count: 1, TimeSpan.Zero, CancellationToken.None);
        }
        catch (SocketException ex)
        {
            throw new HostAccessException($"announcing {address} on {nic.Name}: {ErrorSentence.Of(ex)}", ex);
        }
    }
}
