using System.Runtime.InteropServices;

namespace ConfigAgent.Platforms.Linux.Interop;

/// <summary>
/// <c>struct nlmsgerr</c> from linux/netlink.h: a negative errno (0 for an ack) and the header of
/// the request it answers. The request's payload follows unless NETLINK_CAP_ACK is set, then the
/// extended-ack attributes when NLM_F_ACK_TLVS is set.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct nlmsgerr
{
    public const int Size = 4 + nlmsghdr.Size;

    public int error;
    public nlmsghdr msg;
}
