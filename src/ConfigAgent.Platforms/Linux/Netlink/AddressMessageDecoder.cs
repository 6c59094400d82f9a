using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using ConfigAgent.Platforms.Linux.Interop;
using static ConfigAgent.Platforms.Linux.Interop.IfAddrConstants;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>
/// Decodes the payload of RTM_NEWADDR / RTM_DELADDR: an ifaddrmsg, then IFA_* attributes.
/// Keeps the last label it decoded: consecutive addresses of a dump mostly share one.
/// </summary>
internal sealed class AddressMessageDecoder
{
    private string? _lastLabel;

    public NetlinkAddress? Decode(ReadOnlySpan<byte> payload)
    {
        if (payload.Length < ifaddrmsg.Size)
        {
            return null;
        }

        var header = MemoryMarshal.Read<ifaddrmsg>(payload);
        var family = header.ifa_family switch
        {
            SocketConstants.AF_INET => AddressFamily.InterNetwork,
            SocketConstants.AF_INET6 => AddressFamily.InterNetworkV6,
            _ => AddressFamily.Unknown,
        };
        if (family == AddressFamily.Unknown)
        {
            return null;
        }

        ReadOnlySpan<byte> address = default;
        ReadOnlySpan<byte> local = default;
        string? label = null;
        uint flags = header.ifa_flags;
        foreach (var attribute in new RouteAttributeReader(payload[NetlinkConstants.NLMSG_ALIGN(ifaddrmsg.Size)..]))
        {
            switch (attribute.Type)
            {
                case IFA_ADDRESS:
                    address = attribute.Value;
                    break;
                case IFA_LOCAL:
                    local = attribute.Value;
                    break;
                case IFA_LABEL:
                    label = Label(attribute.StringBytes());
                    break;
                case IFA_FLAGS:
                    // linux/if_addr.h: IFA_FLAGS is a u32 that extends the u8 ifa_flags.
                    flags = attribute.ReadUInt32();
                    break;
            }
        }

        // linux/if_addr.h: on IPv4 IFA_LOCAL is the interface's own address and IFA_ADDRESS
        // the peer's on point-to-point links; IPv6 sends IFA_LOCAL only with a peer.
        var own = family == AddressFamily.InterNetwork && !local.IsEmpty ? local : address;
        var expected = family == AddressFamily.InterNetwork ? 4 : 16;
        if (own.Length != expected)
        {
            return null;
        }

        return new NetlinkAddress(
            (int)header.ifa_index,
            family,
            new IPAddress(own),
            header.ifa_prefixlen,
            Scope(header.ifa_scope),
            family == AddressFamily.InterNetwork ? label : null,
            AddressFlagNames.Of(flags));
    }

    private static string Scope(byte scope) => scope switch
    {
        RtnetlinkConstants.RT_SCOPE_UNIVERSE => "global",
        RtnetlinkConstants.RT_SCOPE_SITE => "site",
        RtnetlinkConstants.RT_SCOPE_LINK => "link",
        RtnetlinkConstants.RT_SCOPE_HOST => "host",
        _ => scope.ToString(CultureInfo.InvariantCulture),
    };

    private string Label(ReadOnlySpan<byte> bytes)
    {
        if (_lastLabel is { } last && SameAscii(last, bytes))
        {
            return last;
        }

        _lastLabel = Encoding.UTF8.GetString(bytes);
        return _lastLabel;
    }

    private static bool SameAscii(string text, ReadOnlySpan<byte> bytes)
    {
        if (text.Length != bytes.Length)
        {
            return false;
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] >= 0x80 || bytes[i] != text[i])
            {
                return false;
            }
        }

        return true;
    }
}
