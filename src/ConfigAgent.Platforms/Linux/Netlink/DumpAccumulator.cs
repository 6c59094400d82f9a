using System.Runtime.InteropServices;
using static ConfigAgent.Platforms.Linux.Interop.NetlinkConstants;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>
/// Collects the answer to one NLM_F_DUMP request over as many datagrams as the kernel needs,
/// until NLMSG_DONE. Messages of another sequence number are leftovers of an earlier request
/// and are skipped.
/// </summary>
internal sealed class DumpAccumulator<T>(ushort messageType, uint sequence, MessageDecoder<T> decode)
    where T : class
{
    private readonly List<T> _items = [];

    public IReadOnlyList<T> Items => _items;

    public bool IsDone { get; private set; }

    /// <summary>
    /// NLM_F_DUMP_INTR was set on a message: the table changed while it was being dumped, so the
    /// result may miss or repeat entries (linux/netlink.h) and the dump must be asked again.
    /// </summary>
    public bool IsInterrupted { get; private set; }

    public void Consume(ReadOnlySpan<byte> datagram)
    {
        foreach (var message in new NetlinkMessageReader(datagram))
        {
            if (message.Sequence != sequence || IsDone)
            {
                continue;
            }

            if (message.HasFlag(NLM_F_DUMP_INTR))
            {
                IsInterrupted = true;
            }

            switch (message.Type)
            {
                case NLMSG_DONE:
                    IsDone = true;
                    ThrowIfDoneWithError(message);
                    break;
                case NLMSG_ERROR:
                    IsDone = true;
                    if (NetlinkErrorDecoder.Decode(message) is { } refusal)
                    {
                        throw refusal;
                    }

                    break;
                case var type when type == messageType:
                    if (decode(message.Payload) is { } item)
                    {
                        _items.Add(item);
                    }

                    break;
            }
        }
    }

    private static void ThrowIfDoneWithError(in NetlinkMessage message)
    {
        // Since Linux 4.x NLMSG_DONE carries the dump's final status as an int.
        if (message.Payload.Length >= sizeof(int) && MemoryMarshal.Read<int>(message.Payload) is < 0 and var error)
        {
            throw new NetlinkException(-error);
        }
    }
}
