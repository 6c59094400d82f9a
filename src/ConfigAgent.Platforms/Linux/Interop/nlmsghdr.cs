using System.Runtime.InteropServices;

namespace ConfigAgent.Platforms.Linux.Interop;

/// <summary><c>struct nlmsghdr</c> from linux/netlink.h: 16 bytes, host byte order.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct nlmsghdr
{
    public const int Size = 16;

    public uint nlmsg_len;
    public ushort nlmsg_type;
    public ushort nlmsg_flags;
    public uint nlmsg_seq;
    public uint nlmsg_pid;
}
