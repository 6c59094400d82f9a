using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>
/// A <c>struct sockaddr_ll</c> (linux/if_packet.h) for an AF_PACKET socket: .NET has no
/// endpoint of its own for it, so Bind and SendTo get the 20 bytes laid out here.
/// </summary>
internal sealed class PacketEndPoint(int interfaceIndex, ushort protocol, byte[]? hardwareAddress = null) : EndPoint
{
    private const int Size = 20;
    private const int ProtocolOffset = 2;
    private const int IndexOffset = 4;
    private const int HardwareLengthOffset = 11;
    private const int HardwareAddressOffset = 12;

    public int InterfaceIndex { get; } = interfaceIndex;

    /// <summary>The ethertype (ETH_P_ARP, ETH_P_ALL ...), in host order here and network order on the wire.</summary>
    public ushort Protocol { get; } = protocol;

    public byte[]? HardwareAddress { get; } = hardwareAddress;

    public override AddressFamily AddressFamily => AddressFamily.Packet;

    public override SocketAddress Serialize()
    {
        var address = new SocketAddress(AddressFamily.Packet, Size);
        var bytes = address.Buffer.Span;
        BinaryPrimitives.WriteUInt16BigEndian(bytes[ProtocolOffset..], Protocol);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[IndexOffset..], InterfaceIndex);
        if (HardwareAddress is { } hardware)
        {
            bytes[HardwareLengthOffset] = (byte)hardware.Length;
            hardware.CopyTo(bytes[HardwareAddressOffset..]);
        }

        return address;
    }

    public override EndPoint Create(SocketAddress socketAddress)
    {
        var bytes = socketAddress.Buffer.Span;
        var length = Math.Min((int)bytes[HardwareLengthOffset], 8);
        return new PacketEndPoint(
            BinaryPrimitives.ReadInt32LittleEndian(bytes[IndexOffset..]),
            BinaryPrimitives.ReadUInt16BigEndian(bytes[ProtocolOffset..]),
            bytes.Slice(HardwareAddressOffset, length).ToArray());
    }
}
