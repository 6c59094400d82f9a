using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// ICMP echo from a lab namespace with a raw socket of its own (the machines have no ping):
/// the answer is the address the echo reply came from, which for a DSR real server must be the VIP.
/// </summary>
internal static class Ping
{
    private const byte EchoRequest = 8;
    private const byte EchoReply = 0;
    private static readonly TimeSpan Resend = TimeSpan.FromMilliseconds(250);

    /// <summary>The source address of the first echo reply within <paramref name="timeout"/>, or null.</summary>
    public static IPAddress? Echo(NetworkNamespace from, IPAddress to, TimeSpan timeout)
    {
        using var socket = from.Run(() => new Socket(AddressFamily.InterNetwork, SocketType.Raw, ProtocolType.Icmp));
        var identifier = (ushort)RandomNumberGenerator.GetInt32(1, ushort.MaxValue);
        var buffer = new byte[1500];
        var clock = Stopwatch.StartNew();
        ushort sequence = 0;
        while (clock.Elapsed < timeout)
        {
            // Resent now and then: the first request may wait for ARP, or meet a route being changed.
            socket.SendTo(Request(identifier, ++sequence), new IPEndPoint(to, 0));
            var resendAt = clock.Elapsed + Resend;
            while (clock.Elapsed < resendAt && clock.Elapsed < timeout)
            {
                var left = Min(resendAt, timeout) - clock.Elapsed;
                if (left <= TimeSpan.Zero || !socket.Poll(left, SelectMode.SelectRead))
                {
                    break;
                }

                // A raw IPv4 socket receives the IP header too.
                var packet = buffer.AsSpan(0, socket.Receive(buffer));
                var icmp = packet[((packet[0] & 0x0F) * 4)..];
                if (icmp.Length >= 8 && icmp[0] == EchoReply && BinaryPrimitives.ReadUInt16BigEndian(icmp[4..]) == identifier)
                {
                    return new IPAddress(packet.Slice(12, 4));
                }
            }
        }

        return null;
    }

    private static byte[] Request(ushort identifier, ushort sequence)
    {
        var message = new byte[8 + 32];
        message[0] = EchoRequest;
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(4), identifier);
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(6), sequence);
        "configagent dsr lab echo request"u8.CopyTo(message.AsSpan(8));
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(2), Checksum(message));
        return message;
    }

    /// <summary>The Internet checksum (RFC 1071) over the message, its checksum field zero.</summary>
    private static ushort Checksum(ReadOnlySpan<byte> data)
    {
        long sum = 0;
        for (var i = 0; i + 1 < data.Length; i += 2)
        {
            sum += BinaryPrimitives.ReadUInt16BigEndian(data[i..]);
        }

        if (data.Length % 2 == 1)
        {
            sum += data[^1] << 8;
        }

        while (sum >> 16 != 0)
        {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }

        return (ushort)~sum;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
