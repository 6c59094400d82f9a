using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ConfigAgent.Platforms.Linux.Interop;
using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// Asks "who has X?" on one interface of a lab namespace, as a client or a balancer's kernel
/// would, with an AF_PACKET socket of its own, and collects every "X is at" that comes back.
/// The socket belongs to the namespace it was opened in, so after opening it may be used from
/// any thread.
/// </summary>
internal sealed class ArpProbe : IDisposable
{
    private const int FrameLength = 60;
    private const ushort OperationRequest = 1;
    private const ushort OperationReply = 2;

    private readonly Socket _socket;
    private readonly PacketEndPoint _broadcast;
    private readonly byte[] _mac;
    private readonly IPAddress _sender;
    private readonly byte[] _buffer = new byte[1500];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private ArpProbe(VethEnd nic, IPAddress sender)
    {
        _mac = Convert.FromHexString(nic.Mac.Replace(":", "", StringComparison.Ordinal));
        _sender = sender;
        _broadcast = new PacketEndPoint(nic.Index, SocketConstants.ETH_P_ARP, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);
        _socket = new Socket(AddressFamily.Packet, SocketType.Raw, ProtocolType.Unspecified);
        _socket.Bind(new PacketEndPoint(nic.Index, SocketConstants.ETH_P_ARP));
    }

    /// <summary>A probe on <paramref name="nic"/> that asks in the name of <paramref name="sender"/>, an address of that interface.</summary>
    public static ArpProbe Open(VethEnd nic, IPAddress sender) => nic.Namespace.Run(() => new ArpProbe(nic, sender));

    /// <summary>
    /// Sends <paramref name="probes"/> requests for <paramref name="target"/>, <paramref name="spacing"/>
    /// apart, listening all the while and for one more spacing after the last; returns every reply.
    /// </summary>
    public IReadOnlyList<ArpReply> Ask(IPAddress target, int probes, TimeSpan spacing)
    {
        var replies = new List<ArpReply>();
        for (var i = 0; i < probes; i++)
        {
            Send(target);
            replies.AddRange(Listen(target, spacing));
        }

        return replies;
    }

    public void Send(IPAddress target)
    {
        Span<byte> frame = stackalloc byte[FrameLength];
        frame.Clear();
        frame[..6].Fill(0xFF);
        _mac.CopyTo(frame[6..]);
        BinaryPrimitives.WriteUInt16BigEndian(frame[12..], SocketConstants.ETH_P_ARP);
        var arp = frame[14..];
        BinaryPrimitives.WriteUInt16BigEndian(arp, 1);
        BinaryPrimitives.WriteUInt16BigEndian(arp[2..], SocketConstants.ETH_P_IP);
        arp[4] = 6;
        arp[5] = 4;
        BinaryPrimitives.WriteUInt16BigEndian(arp[6..], OperationRequest);
        _mac.CopyTo(arp[8..]);
        _sender.TryWriteBytes(arp[14..], out _);
        target.TryWriteBytes(arp[24..], out _);
        _socket.SendTo(frame, _broadcast);
    }

    /// <summary>The replies for <paramref name="target"/> that arrive within <paramref name="window"/>.</summary>
    public IReadOnlyList<ArpReply> Listen(IPAddress target, TimeSpan window)
    {
        var replies = new List<ArpReply>();
        var deadline = _clock.Elapsed + window;
        while (true)
        {
            var left = deadline - _clock.Elapsed;
            if (left <= TimeSpan.Zero || !_socket.Poll(left, SelectMode.SelectRead))
            {
                return replies;
            }

            var frame = _buffer.AsSpan(0, _socket.Receive(_buffer));
            if (frame.Length >= 42
                && BinaryPrimitives.ReadUInt16BigEndian(frame[12..]) == SocketConstants.ETH_P_ARP
                && BinaryPrimitives.ReadUInt16BigEndian(frame[20..]) == OperationReply
                && new IPAddress(frame.Slice(28, 4)).Equals(target))
            {
                replies.Add(new ArpReply(target, LinkMessageDecoder.FormatMac(frame.Slice(22, 6)), _clock.Elapsed));
            }
        }
    }

    /// <summary>Probes for <paramref name="target"/> every <paramref name="interval"/> on a thread of its own until stopped.</summary>
    public ArpWatch Watch(IPAddress target, TimeSpan interval) => new(this, target, interval);

    public void Dispose() => _socket.Dispose();
}
