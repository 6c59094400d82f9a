using System.Buffers.Binary;
using System.Net;
using ConfigAgent.Platforms.Linux.Interop;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>
/// The Ethernet frame of an ARP Announcement (RFC 5227 section 2.3; what `arping -U` sends):
/// a broadcast ARP request whose sender and target protocol addresses are both the announced
/// address, with the target hardware address zero. A plain request (who has the target? tell the
/// sender) is the same frame with two addresses: what the failover VIP probe asks.
/// </summary>
internal static class ArpAnnouncement
{
    /// <summary>14 bytes of Ethernet header and 28 of ARP, padded to the 60-byte Ethernet minimum.</summary>
    public const int FrameLength = 60;

    private const ushort HardwareTypeEthernet = 1;
    private const ushort OperationRequest = 1;

    public static void Write(Span<byte> frame, ReadOnlySpan<byte> mac, IPAddress address) => WriteRequest(frame, mac, address, address);

    /// <summary>A broadcast request for <paramref name="target"/> from <paramref name="sender"/> at <paramref name="mac"/>.</summary>
    public static void WriteRequest(Span<byte> frame, ReadOnlySpan<byte> mac, IPAddress sender, IPAddress target)
    {
        frame[..FrameLength].Clear();
        frame[..6].Fill(0xFF);
        mac.CopyTo(frame[6..]);
        BinaryPrimitives.WriteUInt16BigEndian(frame[12..], SocketConstants.ETH_P_ARP);

        var arp = frame[14..];
        BinaryPrimitives.WriteUInt16BigEndian(arp, HardwareTypeEthernet);
        BinaryPrimitives.WriteUInt16BigEndian(arp[2..], SocketConstants.ETH_P_IP);
        arp[4] = 6;
        arp[5] = 4;
        BinaryPrimitives.WriteUInt16BigEndian(arp[6..], OperationRequest);
        mac.CopyTo(arp[8..]);
        sender.TryWriteBytes(arp[14..], out _);
        target.TryWriteBytes(arp[24..], out _);
    }
}
