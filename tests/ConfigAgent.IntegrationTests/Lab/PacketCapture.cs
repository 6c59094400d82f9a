using System.Diagnostics;
using System.Net.Sockets;
using ConfigAgent.Platforms.Linux.Interop;
using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// An AF_PACKET socket on one interface of a lab namespace that sees every frame crossing it,
/// as tcpdump would, without depending on tcpdump.
/// </summary>
internal sealed class PacketCapture : IDisposable
{
    private readonly Socket _socket;
    private readonly byte[] _buffer = new byte[65536];

    private PacketCapture(int ifindex)
    {
        // Protocol 0 until bound: no frame of another interface slips in before the bind.
        _socket = new Socket(AddressFamily.Packet, SocketType.Raw, ProtocolType.Unspecified);
        _socket.Bind(new PacketEndPoint(ifindex, SocketConstants.ETH_P_ALL));
    }

    public static PacketCapture Open(VethEnd end) => end.Namespace.Run(() => new PacketCapture(end.Index));

    /// <summary>The frames that match, in arrival order, until <paramref name="count"/> matched or the timeout.</summary>
    public IReadOnlyList<byte[]> Collect(Func<byte[], bool> match, int count, TimeSpan timeout)
    {
        var frames = new List<byte[]>();
        var clock = Stopwatch.StartNew();
        while (frames.Count < count)
        {
            var left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero || !_socket.Poll(left, SelectMode.SelectRead))
            {
                break;
            }

            var frame = _buffer.AsSpan(0, _socket.Receive(_buffer)).ToArray();
            if (match(frame))
            {
                frames.Add(frame);
            }
        }

        return frames;
    }

    public void Dispose() => _socket.Dispose();
}
