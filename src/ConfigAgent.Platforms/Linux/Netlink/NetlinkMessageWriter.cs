using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using ConfigAgent.Platforms.Linux.Interop;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>
/// Lays out one request: nlmsghdr, the family header, then rtattrs, each padded with zeros to
/// its alignment (NLMSG_ALIGN and RTA_ALIGN are both 4) because the buffer is reused.
/// </summary>
internal ref struct NetlinkMessageWriter
{
    private readonly Span<byte> _buffer;
    private int _length;

    public NetlinkMessageWriter(Span<byte> buffer, ushort type, ushort flags, uint sequence)
    {
        _buffer = buffer;
        var header = new nlmsghdr { nlmsg_type = type, nlmsg_flags = flags, nlmsg_seq = sequence };
        MemoryMarshal.Write(_buffer, in header);
        _length = nlmsghdr.Size;
    }

    public void WriteHeader<T>(in T familyHeader)
        where T : unmanaged
    {
        var size = Unsafe.SizeOf<T>();
        MemoryMarshal.Write(_buffer[_length..], in familyHeader);
        Pad(_length + size, NetlinkConstants.NLMSG_ALIGN(size));
    }

    public void WriteAttribute(ushort type, scoped ReadOnlySpan<byte> value)
    {
        var length = rtattr.Size + value.Length;
        var header = new rtattr { rta_len = checked((ushort)length), rta_type = type };
        MemoryMarshal.Write(_buffer[_length..], in header);
        value.CopyTo(_buffer[(_length + rtattr.Size)..]);
        Pad(_length + length, RtnetlinkConstants.RTA_ALIGN(length));
    }

    public void WriteAttribute(ushort type, uint value)
    {
        // Netlink integers are in host byte order.
        WriteAttribute(type, MemoryMarshal.AsBytes(new ReadOnlySpan<uint>(in value)));
    }

    /// <summary>A NUL-terminated string, as the kernel's NLA_STRING and IFA_LABEL expect.</summary>
    public void WriteAttribute(ushort type, string value)
    {
        Span<byte> bytes = stackalloc byte[Encoding.UTF8.GetByteCount(value) + 1];
        Encoding.UTF8.GetBytes(value, bytes);
        bytes[^1] = 0;
        WriteAttribute(type, bytes);
    }

    /// <summary>Sets nlmsg_len and returns the message length.</summary>
    public readonly int Finish()
    {
        MemoryMarshal.Write(_buffer, (uint)_length);
        return _length;
    }

    private void Pad(int end, int alignedLength)
    {
        var alignedEnd = _length + alignedLength;
        _buffer[end..alignedEnd].Clear();
        _length = alignedEnd;
    }
}
