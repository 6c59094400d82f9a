using System.Buffers.Binary;
using System.Net;
using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>An Ethernet frame as captured, read by offset: the tests spell out the layouts they check.</summary>
internal sealed class CapturedFrame(byte[] bytes)
{
    private const int EthernetHeader = 14;
    private const int Ipv6Header = 40;

    public byte[] Bytes { get; } = bytes;

    public string Destination => Mac(0);

    public string Source => Mac(6);

    public int EtherType => Word(12);

    public static bool IsArpFor(byte[] frame, IPAddress address) =>
        frame.Length >= 42 && BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(12)) == 0x0806
        && new IPAddress(frame.AsSpan(28, 4)).Equals(address);

    public static bool IsAdvertisementFor(byte[] frame, IPAddress target) =>
        frame.Length >= 86 && BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(12)) == 0x86DD
        && frame[20] == 58 && frame[54] == NeighborAdvertisement.IcmpType
        && new IPAddress(frame.AsSpan(62, 16)).Equals(target);

    public int Word(int offset) => BinaryPrimitives.ReadUInt16BigEndian(Bytes.AsSpan(offset));

    public string Mac(int offset) => LinkMessageDecoder.FormatMac(Bytes.AsSpan(offset, 6));

    public IPAddress Address(int offset, int length) => new(Bytes.AsSpan(offset, length));

    /// <summary>
    /// The ones' complement sum of the IPv6 pseudo-header and the ICMPv6 message, complemented:
    /// 0 when the checksum in the message is right (RFC 4443 section 2.3).
    /// </summary>
    public int Icmpv6ChecksumResidue()
    {
        var payloadLength = Word(EthernetHeader + 4);
        var icmp = Bytes.AsSpan(EthernetHeader + Ipv6Header, payloadLength);
        long sum = payloadLength + Bytes[EthernetHeader + 6];
        sum += Sum(Bytes.AsSpan(EthernetHeader + 8, 32)) + Sum(icmp);
        while (sum >> 16 != 0)
        {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }

        return (int)(~sum & 0xFFFF);
    }

    private static long Sum(ReadOnlySpan<byte> data)
    {
        long sum = 0;
        for (var i = 0; i + 1 < data.Length; i += 2)
        {
            sum += BinaryPrimitives.ReadUInt16BigEndian(data[i..]);
        }

        return data.Length % 2 == 1 ? sum + (data[^1] << 8) : sum;
    }
}
