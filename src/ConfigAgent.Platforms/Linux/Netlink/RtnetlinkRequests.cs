using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ConfigAgent.Platforms.Linux.Interop;
using static ConfigAgent.Platforms.Linux.Interop.IfAddrConstants;
using static ConfigAgent.Platforms.Linux.Interop.NetlinkConstants;
using static ConfigAgent.Platforms.Linux.Interop.RtnetlinkConstants;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>Lays out the rtnetlink requests the agent sends, into a caller's buffer.</summary>
internal static class RtnetlinkRequests
{
    /// <summary>Large enough for any request written here.</summary>
    public const int MaxLength = 128;

    public static int WriteAddressDump(Span<byte> buffer, uint sequence)
    {
        var writer = new NetlinkMessageWriter(buffer, RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, sequence);
        writer.WriteHeader(new ifaddrmsg { ifa_family = SocketConstants.AF_UNSPEC });
        return writer.Finish();
    }

    public static int WriteLinkDump(Span<byte> buffer, uint sequence)
    {
        var writer = new NetlinkMessageWriter(buffer, RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, sequence);
        writer.WriteHeader(new ifinfomsg { ifi_family = SocketConstants.AF_UNSPEC });

        // Counters are a third of each link message and nobody here reads them.
        writer.WriteAttribute(IfLinkConstants.IFLA_EXT_MASK, RTEXT_FILTER_SKIP_STATS);
        return writer.Finish();
    }

    public static int WriteNewAddress(
        Span<byte> buffer, uint sequence, int ifindex, IPAddress address, int prefixLength, string? label, bool noDad)
    {
        CheckAddress(ifindex, address, prefixLength);
        if (label is not null && (label.Length == 0 || Encoding.UTF8.GetByteCount(label) >= IfLinkConstants.IFNAMSIZ))
        {
            throw new ArgumentException($"label '{label}' must be 1 to {IfLinkConstants.IFNAMSIZ - 1} bytes", nameof(label));
        }

        var writer = new NetlinkMessageWriter(
            buffer, RTM_NEWADDR, NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL, sequence);
        var flags = noDad && address.AddressFamily == AddressFamily.InterNetworkV6 ? IFA_F_NODAD : 0;
        WriteAddress(ref writer, ifindex, address, prefixLength, (byte)flags);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            // iproute2 sets no broadcast on /31 (RFC 3021) and /32.
            if (prefixLength <= 30)
            {
                WriteBroadcast(ref writer, address, prefixLength);
            }

            if (label is not null)
            {
                writer.WriteAttribute(IFA_LABEL, label);
            }
        }
        else if (flags != 0)
        {
            writer.WriteAttribute(IFA_FLAGS, flags);
        }

        return writer.Finish();
    }

    public static int WriteDeleteAddress(Span<byte> buffer, uint sequence, int ifindex, IPAddress address, int prefixLength)
    {
        CheckAddress(ifindex, address, prefixLength);
        var writer = new NetlinkMessageWriter(buffer, RTM_DELADDR, NLM_F_REQUEST | NLM_F_ACK, sequence);
        WriteAddress(ref writer, ifindex, address, prefixLength, 0);
        return writer.Finish();
    }

    private static void WriteAddress(ref NetlinkMessageWriter writer, int ifindex, IPAddress address, int prefixLength, byte flags)
    {
        var ipv4 = address.AddressFamily == AddressFamily.InterNetwork;
        writer.WriteHeader(new ifaddrmsg
        {
            ifa_family = (byte)(ipv4 ? SocketConstants.AF_INET : SocketConstants.AF_INET6),
            ifa_prefixlen = (byte)prefixLength,
            ifa_flags = flags,
            ifa_scope = RT_SCOPE_UNIVERSE,
            ifa_index = (uint)ifindex,
        });

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var length);

        // As `ip addr` does: on IPv4 IFA_LOCAL is the address and IFA_ADDRESS the same address
        // when there is no peer; RTM_DELADDR matches the prefix length only when IFA_ADDRESS is set.
        if (ipv4)
        {
            writer.WriteAttribute(IFA_LOCAL, bytes[..length]);
        }

        writer.WriteAttribute(IFA_ADDRESS, bytes[..length]);
    }

    /// <summary>What `ip addr add ... brd +` sets: the host bits all ones.</summary>
    private static void WriteBroadcast(ref NetlinkMessageWriter writer, IPAddress address, int prefixLength)
    {
        Span<byte> bytes = stackalloc byte[4];
        address.TryWriteBytes(bytes, out _);
        var hostBits = uint.MaxValue >> prefixLength;
        BinaryPrimitives.WriteUInt32BigEndian(bytes, BinaryPrimitives.ReadUInt32BigEndian(bytes) | hostBits);
        writer.WriteAttribute(IFA_BROADCAST, bytes);
    }

    private static void CheckAddress(int ifindex, IPAddress address, int prefixLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ifindex);
        var maxPrefix = address.AddressFamily switch
        {
            AddressFamily.InterNetwork => 32,
            AddressFamily.InterNetworkV6 => 128,
            _ => throw new ArgumentException($"{address} is neither IPv4 nor IPv6", nameof(address)),
        };
        ArgumentOutOfRangeException.ThrowIfNegative(prefixLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(prefixLength, maxPrefix);
    }
}
