namespace ConfigAgent.Platforms.Tests.Linux.Netlink;

/// <summary>
/// Messages as the kernel lays them out on a little-endian host, written byte by byte from the
/// structs of linux/netlink.h (nlmsghdr, 16 bytes), linux/if_addr.h (ifaddrmsg, 8) and
/// linux/rtnetlink.h (ifinfomsg, 16; rtattr, 4 + value + padding to 4).
/// </summary>
internal static class KernelMessages
{
    public const uint PortId = 0x1234;

    /// <summary>RTM_NEWADDR for 192.0.2.{host}/32 on ifindex 1, label lo:0, permanent: 60 bytes.</summary>
    public static byte[] LoopbackVip(uint sequence, byte host) =>
    [
        60, 0, 0, 0, // nlmsg_len
        20, 0, // nlmsg_type RTM_NEWADDR
        0x02, 0, // nlmsg_flags NLM_F_MULTI
        (byte)sequence, 0, 0, 0, // nlmsg_seq
        0x34, 0x12, 0, 0, // nlmsg_pid
        2, 32, 0x80, 0, // ifa_family AF_INET, ifa_prefixlen, ifa_flags IFA_F_PERMANENT, ifa_scope universe
        1, 0, 0, 0, // ifa_index
        8, 0, 1, 0, 192, 0, 2, host, // IFA_ADDRESS
        8, 0, 2, 0, 192, 0, 2, host, // IFA_LOCAL
        9, 0, 3, 0, (byte)'l', (byte)'o', (byte)':', (byte)'0', 0, 0, 0, 0, // IFA_LABEL "lo:0\0" + 3 bytes of padding
        8, 0, 8, 0, 0x80, 0, 0, 0, // IFA_FLAGS IFA_F_PERMANENT
    ];

    /// <summary>NLMSG_DONE of a dump, with its int status: 20 bytes.</summary>
    public static byte[] Done(uint sequence, int status = 0) =>
    [
        20, 0, 0, 0,
        3, 0, // NLMSG_DONE
        0x02, 0, // NLM_F_MULTI
        (byte)sequence, 0, 0, 0,
        0x34, 0x12, 0, 0,
        .. BitConverter.GetBytes(status),
    ];

    /// <summary>An NLMSG_ERROR answering request <paramref name="sequence"/> with -errno (0: an ack), capped: 36 bytes.</summary>
    public static byte[] Error(uint sequence, int errno) =>
    [
        36, 0, 0, 0,
        2, 0, // NLMSG_ERROR
        0x00, 0x01, // NLM_F_CAPPED
        (byte)sequence, 0, 0, 0,
        0x34, 0x12, 0, 0,
        .. BitConverter.GetBytes(-errno), // nlmsgerr.error
        44, 0, 0, 0, 20, 0, 0x05, 0x06, (byte)sequence, 0, 0, 0, 0, 0, 0, 0, // nlmsgerr.msg: the request's header
    ];

    public static byte[] Concat(params byte[][] messages) => messages.SelectMany(m => m).ToArray();
}
