using System.Net;
using ConfigAgent.Platforms.Linux.Interop;
using static ConfigAgent.Platforms.Linux.Interop.NetlinkConstants;
using static ConfigAgent.Platforms.Linux.Interop.RtnetlinkConstants;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>
/// Requests to NETLINK_ROUTE: dumps of links and addresses, adding and deleting addresses.
/// One request at a time; not thread-safe. The socket lives in the network namespace of the
/// thread that created it.
/// </summary>
internal sealed class RtnetlinkSocket(TimeProvider clock) : IDisposable
{
    // The kernel marks a dump interrupted when the table changed while it was read. Right after
    // many adds that is normal for a while: IPv6 duplicate address detection completes address by
    // address in a kernel workqueue (even on lo), and each completion is a change. So ask again,
    // with a growing pause, until the table holds still; one that is still being rewritten after
    // this long is being rewritten by someone else as fast as it is read.
    internal static readonly TimeSpan DumpSettleLimit = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestDumpPause = TimeSpan.FromMilliseconds(50);

    // Only a kernel that stopped answering gets here; netlink requests are answered in microseconds.
    private static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(10);

    private readonly NetlinkTransport _transport = NetlinkTransport.Open(groups: 0, ReceiveTimeout);
    private readonly byte[] _request = new byte[RtnetlinkRequests.MaxLength];
    private readonly AddressMessageDecoder _addressDecoder = new();
    private uint _sequence;

    public RtnetlinkSocket()
        : this(TimeProvider.System)
    {
    }

    public IReadOnlyList<NetlinkLink> DumpLinks() =>
        Dump(RTM_NEWLINK, RtnetlinkRequests.WriteLinkDump, LinkMessageDecoder.Decode);

    public IReadOnlyList<NetlinkAddress> DumpAddresses() =>
        Dump(RTM_NEWADDR, RtnetlinkRequests.WriteAddressDump, _addressDecoder.Decode);

    /// <summary>
    /// Adds an address with scope global; fails with EEXIST when the interface already has it.
    /// An IPv4 address gets the broadcast `ip addr add ... brd +` would give it.
    /// </summary>
    /// <param name="label">IPv4 only: the alias label ("lo:0"), at most 15 bytes.</param>
    /// <param name="noDad">IPv6 only: skip duplicate address detection (IFA_F_NODAD).</param>
    public void AddAddress(int ifindex, IPAddress address, int prefixLength, string? label, bool noDad = false)
    {
        var sequence = NextSequence();
        Request(sequence, RtnetlinkRequests.WriteNewAddress(_request, sequence, ifindex, address, prefixLength, label, noDad));
    }

    /// <summary>Deletes an address; fails with EADDRNOTAVAIL when the interface does not have it with this prefix.</summary>
    public void DeleteAddress(int ifindex, IPAddress address, int prefixLength)
    {
        var sequence = NextSequence();
        Request(sequence, RtnetlinkRequests.WriteDeleteAddress(_request, sequence, ifindex, address, prefixLength));
    }

    public void Dispose() => _transport.Dispose();

    private IReadOnlyList<T> Dump<T>(ushort messageType, Func<Span<byte>, uint, int> writeRequest, MessageDecoder<T> decode)
        where T : class
    {
        var started = clock.GetTimestamp();
        var pause = TimeSpan.FromMilliseconds(1);
        while (true)
        {
            var sequence = NextSequence();
            _transport.Send(_request.AsSpan(0, writeRequest(_request, sequence)));
            var dump = new DumpAccumulator<T>(messageType, sequence, decode);
            while (!dump.IsDone)
            {
                _transport.TryReceive(wait: true, out var datagram);
                dump.Consume(datagram);
            }

            if (!dump.IsInterrupted)
            {
                return dump.Items;
            }

            if (clock.GetElapsedTime(started) >= DumpSettleLimit)
            {
                throw new NetlinkException(Errno.EINTR);
            }

            Task.Delay(pause, clock).GetAwaiter().GetResult();
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestDumpPause.Ticks));
        }
    }

    private void Request(uint sequence, int length)
    {
        _transport.Send(_request.AsSpan(0, length));
        while (true)
        {
            _transport.TryReceive(wait: true, out var datagram);
            foreach (var message in new NetlinkMessageReader(datagram))
            {
                // Anything else is a leftover of a request abandoned by an exception.
                if (message.Sequence != sequence || message.Type != NLMSG_ERROR)
                {
                    continue;
                }

                if (NetlinkErrorDecoder.Decode(message) is { } refusal)
                {
                    throw refusal;
                }

                return;
            }
        }
    }

    private uint NextSequence() => ++_sequence;
}
