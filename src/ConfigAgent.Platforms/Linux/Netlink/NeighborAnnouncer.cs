using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using static ConfigAgent.Platforms.Linux.Interop.SocketConstants;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>
/// Tells the neighbours of a link that an address now lives at this interface's MAC: the
/// kernel announces a primary address but not a secondary one, and an HA VIP is a secondary.
/// IPv4 gets gratuitous ARPs, IPv6 unsolicited neighbour advertisements to ff02::1. Sockets
/// are opened on the calling thread, so they send from its network namespace.
/// </summary>
internal sealed class NeighborAnnouncer(TimeProvider timeProvider)
{
    private static readonly IPAddress AllNodes = IPAddress.Parse("ff02::1");
    private static readonly byte[] Broadcast = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF];

    public NeighborAnnouncer()
        : this(TimeProvider.System)
    {
    }

    /// <summary>
    /// Sends <paramref name="count"/> announcements, <paramref name="interval"/> apart.
    /// RFC 4862 forbids advertising a tentative IPv6 address: add it with nodad, or announce
    /// once duplicate address detection is over.
    /// </summary>
    /// <param name="mac">The interface's MAC, aa:bb:cc:dd:ee:ff.</param>
    public void Announce(int ifindex, string mac, IPAddress address, int count, TimeSpan interval, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ifindex);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.Zero);
        var hardware = ParseMac(mac);
        switch (address.AddressFamily)
        {
            case AddressFamily.InterNetwork:
                AnnounceIpv4(ifindex, hardware, address, count, interval, cancellationToken);
                break;
            case AddressFamily.InterNetworkV6:
                AnnounceIpv6(ifindex, hardware, address, count, interval, cancellationToken);
                break;
            default:
                throw new ArgumentException($"{address} is neither IPv4 nor IPv6", nameof(address));
        }
    }

    private void AnnounceIpv4(int ifindex, byte[] mac, IPAddress address, int count, TimeSpan interval, CancellationToken cancellationToken)
    {
        var frame = new byte[ArpAnnouncement.FrameLength];
        ArpAnnouncement.Write(frame, mac, address);

        // Protocol 0: a socket that only sends, so no frame is ever queued to it.
        using var socket = new Socket(AddressFamily.Packet, SocketType.Raw, ProtocolType.Unspecified);
        var destination = new PacketEndPoint(ifindex, ETH_P_ARP, Broadcast);
        Repeat(count, interval, () => socket.SendTo(frame, destination), cancellationToken);
    }

    private void AnnounceIpv6(int ifindex, byte[] mac, IPAddress address, int count, TimeSpan interval, CancellationToken cancellationToken)
    {
        var message = new byte[NeighborAdvertisement.Length];
        NeighborAdvertisement.Write(message, mac, address);

        using var socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Raw, ProtocolType.IcmpV6);

        // RFC 4861 section 7.1.2: a receiver drops an advertisement whose hop limit is not 255.
        socket.SetRawSocketOption(IPPROTO_IPV6, IPV6_MULTICAST_HOPS, BitConverter.GetBytes(255));
        socket.SetRawSocketOption(IPPROTO_IPV6, IPV6_UNICAST_HOPS, BitConverter.GetBytes(255));
        socket.SetRawSocketOption(IPPROTO_IPV6, IPV6_MULTICAST_IF, BitConverter.GetBytes(ifindex));
        socket.SetRawSocketOption(IPPROTO_IPV6, IPV6_MULTICAST_LOOP, BitConverter.GetBytes(0));

        // RFC 4861 section 7.2.4 sends the advertisement from the target address itself; freebind
        // lets the source be the VIP even in the moment it is not usable yet.
        socket.SetRawSocketOption(IPPROTO_IPV6, IPV6_FREEBIND, BitConverter.GetBytes(1));
        var source = address.IsIPv6LinkLocal ? new IPAddress(address.GetAddressBytes(), ifindex) : address;
        socket.Bind(new IPEndPoint(source, 0));

        var destination = new IPEndPoint(new IPAddress(AllNodes.GetAddressBytes(), ifindex), 0);
        Repeat(count, interval, () => socket.SendTo(message, destination), cancellationToken);
    }

    private void Repeat(int count, TimeSpan interval, Func<int> send, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                Task.Delay(interval, timeProvider, cancellationToken).GetAwaiter().GetResult();
            }

            cancellationToken.ThrowIfCancellationRequested();
            send();
        }
    }

    private static byte[] ParseMac(string mac)
    {
        var bytes = PhysicalAddress.TryParse(mac, out var parsed) ? parsed.GetAddressBytes() : [];
        return bytes.Length == 6 ? bytes : throw new ArgumentException($"'{mac}' is not a MAC address (aa:bb:cc:dd:ee:ff)", nameof(mac));
    }
}
