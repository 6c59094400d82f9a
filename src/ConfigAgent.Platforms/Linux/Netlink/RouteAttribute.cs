using System.Runtime.InteropServices;
using System.Text;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>One rtattr: its type (without NLA_F_NESTED and NLA_F_NET_BYTEORDER) and its value.</summary>
internal readonly ref struct RouteAttribute
{
    public RouteAttribute(ushort type, ReadOnlySpan<byte> value)
    {
        Type = type;
        Value = value;
    }

    public ushort Type { get; }

    public ReadOnlySpan<byte> Value { get; }

    public uint ReadUInt32() => Value.Length >= sizeof(uint) ? MemoryMarshal.Read<uint>(Value) : 0;

    /// <summary>A NUL-terminated string attribute (IFLA_IFNAME, IFA_LABEL).</summary>
    public ReadOnlySpan<byte> StringBytes()
    {
        var end = Value.IndexOf((byte)0);
        return end < 0 ? Value : Value[..end];
    }

    public string ReadString() => Encoding.UTF8.GetString(StringBytes());
}
