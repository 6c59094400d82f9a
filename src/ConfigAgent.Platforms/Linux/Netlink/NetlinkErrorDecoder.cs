using System.Runtime.InteropServices;
using ConfigAgent.Platforms.Linux.Interop;
using static ConfigAgent.Platforms.Linux.Interop.NetlinkConstants;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>Reads the payload of an NLMSG_ERROR: an ack when the error is 0, a refusal otherwise.</summary>
internal static class NetlinkErrorDecoder
{
    /// <returns>null for an ack; the refusal otherwise.</returns>
    public static NetlinkException? Decode(in NetlinkMessage message)
    {
        var payload = message.Payload;
        if (payload.Length < sizeof(int))
        {
            throw new InvalidDataException($"NLMSG_ERROR with a payload of {payload.Length} bytes");
        }

        var error = MemoryMarshal.Read<int>(payload);
        return error == 0 ? null : new NetlinkException(-error, KernelMessage(message));
    }

    private static string? KernelMessage(in NetlinkMessage message)
    {
        if (!message.HasFlag(NLM_F_ACK_TLVS) || message.Payload.Length < nlmsgerr.Size)
        {
            return null;
        }

        // linux/netlink.h: the echoed request is cut to its header when NLM_F_CAPPED is set.
        var request = MemoryMarshal.Read<nlmsghdr>(message.Payload[sizeof(int)..]);
        var offset = message.HasFlag(NLM_F_CAPPED) ? nlmsgerr.Size : sizeof(int) + NLMSG_ALIGN((int)request.nlmsg_len);
        if (offset >= message.Payload.Length)
        {
            return null;
        }

        foreach (var attribute in new RouteAttributeReader(message.Payload[offset..]))
        {
            if (attribute.Type == NLMSGERR_ATTR_MSG)
            {
                return attribute.ReadString();
            }
        }

        return null;
    }
}
