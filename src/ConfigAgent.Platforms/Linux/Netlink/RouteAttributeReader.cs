using System.Runtime.InteropServices;
using ConfigAgent.Platforms.Linux.Interop;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>
/// Walks the rtattrs after a family header. rta_len counts the 4-byte header and the value;
/// the next attribute starts at RTA_ALIGN(rta_len) (linux/rtnetlink.h).
/// </summary>
internal ref struct RouteAttributeReader
{
    // linux/netlink.h: the two top bits of nla_type are flags, not part of the type.
    private const ushort TypeMask = 0x3FFF;

    private ReadOnlySpan<byte> _rest;

    public RouteAttributeReader(ReadOnlySpan<byte> attributes)
    {
        _rest = attributes;
        Current = default;
    }

    public RouteAttribute Current { get; private set; }

    public readonly RouteAttributeReader GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_rest.Length < rtattr.Size)
        {
            return false;
        }

        var header = MemoryMarshal.Read<rtattr>(_rest);
        var length = (int)header.rta_len;
        if (length < rtattr.Size || length > _rest.Length)
        {
            throw new InvalidDataException($"route attribute of {length} bytes with {_rest.Length} left in the message");
        }

        Current = new RouteAttribute((ushort)(header.rta_type & TypeMask), _rest[rtattr.Size..length]);
        var next = RtnetlinkConstants.RTA_ALIGN(length);
        _rest = next >= _rest.Length ? [] : _rest[next..];
        return true;
    }
}
