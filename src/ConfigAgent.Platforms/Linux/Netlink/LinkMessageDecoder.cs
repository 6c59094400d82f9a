using System.Runtime.InteropServices;
using ConfigAgent.Platforms.Linux.Interop;
using static ConfigAgent.Platforms.Linux.Interop.IfLinkConstants;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>Decodes the payload of RTM_NEWLINK / RTM_DELLINK: an ifinfomsg, then IFLA_* attributes.</summary>
internal static class LinkMessageDecoder
{
    public static NetlinkLink? Decode(ReadOnlySpan<byte> payload)
    {
        if (payload.Length < ifinfomsg.Size)
        {
            return null;
        }

        var header = MemoryMarshal.Read<ifinfomsg>(payload);
        string? name = null;
        string? mac = null;
        var mtu = 0;
        foreach (var attribute in new RouteAttributeReader(payload[NetlinkConstants.NLMSG_ALIGN(ifinfomsg.Size)..]))
        {
            switch (attribute.Type)
            {
                case IFLA_IFNAME:
                    name = attribute.ReadString();
                    break;
                case IFLA_ADDRESS:
                    mac = attribute.Value.IsEmpty ? null : FormatMac(attribute.Value);
                    break;
                case IFLA_MTU:
                    mtu = (int)attribute.ReadUInt32();
                    break;
            }
        }

        return name is null ? null : new NetlinkLink(header.ifi_index, name, (LinkFlags)header.ifi_flags, mac, mtu);
    }

    public static string FormatMac(ReadOnlySpan<byte> address)
    {
        Span<char> text = stackalloc char[(address.Length * 3) - 1];
        for (var i = 0; i < address.Length; i++)
        {
            if (i > 0)
            {
                text[(i * 3) - 1] = ':';
            }

            text[i * 3] = HexDigit(address[i] >> 4);
            text[(i * 3) + 1] = HexDigit(address[i] & 0xF);
        }

        return new string(text);
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
}
