using System.Net;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>
/// The ICMPv6 body of an unsolicited Neighbor Advertisement (RFC 4861 sections 4.4 and 7.2.6):
/// Override set so neighbours replace the cached link-layer address, Solicited and Router
/// clear, and a Target Link-Layer Address option. The checksum is left zero: the kernel fills
/// it in for raw ICMPv6 sockets (RFC 3542 section 3.1).
/// </summary>
internal static class NeighborAdvertisement
{
    public const int Length = 32;
    public const byte IcmpType = 136;
    public const byte OverrideFlag = 0x20;
    public const byte SolicitedFlag = 0x40;
    public const byte RouterFlag = 0x80;
    public const byte TargetLinkLayerAddressOption = 2;

    public static void Write(Span<byte> message, ReadOnlySpan<byte> mac, IPAddress target)
    {
        message[..Length].Clear();
        message[0] = IcmpType;
        message[4] = OverrideFlag;
        target.TryWriteBytes(message[8..], out _);
        message[24] = TargetLinkLayerAddressOption;
        message[25] = 1; // option length in units of 8 bytes
        mac.CopyTo(message[26..]);
    }
}
