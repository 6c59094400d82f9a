using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using ConfigAgent.Facts;
using ConfigAgent.Observation;
using ConfigAgent.Platforms.Linux.Interop;
using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.Platforms.Linux.Keepalived;

/// <summary>
/// Asks the link who holds each failover VIP: an ARP request for the VIP from this host's own
/// address on the interface, as any neighbour would send, and the MACs that answer. A host that
/// holds the VIP and hears another MAC answer for it is in a split brain, whatever keepalived
/// believes (both masters when VRRP between them is lost). Frames sent on an AF_PACKET socket
/// do not reach this host's own stack, so it never answers itself. No heartbeat: one question
/// per VIP per run.
/// </summary>
internal sealed class VipHolderProbe(TimeProvider clock)
{
    private const ushort OperationReply = 2;

    /// <summary>How long to listen: a neighbour answers within a millisecond; a loaded one may take far longer.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(250);

    /// <summary>The request is sent twice, this far apart, in case the first is lost.</summary>
    private static readonly TimeSpan Resend = TimeSpan.FromMilliseconds(100);

    /// <summary>For each VIP, the MACs other than this host's that answered; throws <see cref="SocketException"/> without CAP_NET_RAW.</summary>
    public IReadOnlyDictionary<IPAddress, IReadOnlyList<string>> Probe(IReadOnlyList<FailoverVip> vips, IReadOnlyList<InterfaceFacts> interfaces)
    {
        var answers = new Dictionary<IPAddress, IReadOnlyList<string>>();
        foreach (var group in vips.Where(v => v.Address.AddressFamily == AddressFamily.InterNetwork).GroupBy(v => v.Interface))
        {
            var nic = interfaces.FirstOrDefault(i => i.Name == group.Key);
            if (nic?.Mac is not { } mac || !nic.IsUp)
            {
                continue;
            }

            var asked = group.Where(v => nic.Find(v.Source) is not null).ToList();
            foreach (var (address, holders) in Ask(nic.Index, mac, asked))
            {
                answers[address] = holders;
            }
        }

        return answers;
    }

    private Dictionary<IPAddress, IReadOnlyList<string>> Ask(int index, string mac, List<FailoverVip> vips)
    {
        var own = Convert.FromHexString(mac.Replace(":", "", StringComparison.Ordinal));
        var holders = vips.ToDictionary(v => v.Address, _ => new List<string>());
        using var socket = new Socket(AddressFamily.Packet, SocketType.Raw, ProtocolType.Unspecified);
        socket.Bind(new PacketEndPoint(index, SocketConstants.ETH_P_ARP));
        var broadcast = new PacketEndPoint(index, SocketConstants.ETH_P_ARP, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);
        var frame = new byte[ArpAnnouncement.FrameLength];
        var buffer = new byte[1500];
        var started = clock.GetTimestamp();
        var sent = 0;
        while (clock.GetElapsedTime(started) < Window)
        {
            if (sent < 2 && clock.GetElapsedTime(started) >= Resend * sent)
            {
                foreach (var vip in vips)
                {
                    ArpAnnouncement.WriteRequest(frame, own, vip.Source, vip.Address);
                    socket.SendTo(frame, broadcast);
                }

                sent++;
            }

            var until = sent < 2 ? Resend * sent : Window;
            var left = until - clock.GetElapsedTime(started);
            if (left > TimeSpan.Zero && socket.Poll(left, SelectMode.SelectRead))
            {
                Read(buffer.AsSpan(0, socket.Receive(buffer)), own, holders);
            }
        }

        return holders.ToDictionary(h => h.Key, h => (IReadOnlyList<string>)h.Value);
    }

    private static void Read(ReadOnlySpan<byte> frame, byte[] own, Dictionary<IPAddress, List<string>> holders)
    {
        if (frame.Length < 42
            || BinaryPrimitives.ReadUInt16BigEndian(frame[12..]) != SocketConstants.ETH_P_ARP
            || BinaryPrimitives.ReadUInt16BigEndian(frame[20..]) != OperationReply)
        {
            return;
        }

        var sender = frame.Slice(22, 6);
        if (sender.SequenceEqual(own) || !holders.TryGetValue(new IPAddress(frame.Slice(28, 4)), out var macs))
        {
            return;
        }

        var text = LinkMessageDecoder.FormatMac(sender);
        if (!macs.Contains(text))
        {
            macs.Add(text);
        }
    }
}
