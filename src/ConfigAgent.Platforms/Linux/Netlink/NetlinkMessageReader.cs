using System.Runtime.InteropServices;
using ConfigAgent.Platforms.Linux.Interop;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>
/// Walks the messages of one datagram. Each message starts at an NLMSG_ALIGN (4) boundary and
/// nlmsg_len counts its header and payload but not the padding after it (linux/netlink.h).
/// </summary>
internal ref struct NetlinkMessageReader
{
    private ReadOnlySpan<byte> _rest;

    public NetlinkMessageReader(ReadOnlySpan<byte> datagram)
    {
        _rest = datagram;
        Current = default;
    }

    public NetlinkMessage Current { get; private set; }

    public readonly NetlinkMessageReader GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_rest.Length < nlmsghdr.Size)
        {
            return false;
        }

        var header = MemoryMarshal.Read<nlmsghdr>(_rest);
        var length = (int)header.nlmsg_len;
        if (length < nlmsghdr.Size || length > _rest.Length)
        {
            throw new InvalidDataException($"netlink message of {length} bytes in a datagram with {_rest.Length} left");
        }

        Current = new NetlinkMessage(
            header.nlmsg_type, header.nlmsg_flags, header.nlmsg_seq, header.nlmsg_pid, _rest[nlmsghdr.Size..length]);
        var next = NetlinkConstants.NLMSG_ALIGN(length);
        _rest = next >= _rest.Length ? [] : _rest[next..];
        return true;
    }
}
