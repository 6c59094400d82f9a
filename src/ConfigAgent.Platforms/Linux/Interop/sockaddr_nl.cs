using System.Runtime.InteropServices;

namespace ConfigAgent.Platforms.Linux.Interop;

/// <summary><c>struct sockaddr_nl</c> from linux/netlink.h: 12 bytes.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct sockaddr_nl
{
    public const int Size = 12;

    public ushort nl_family;
    public ushort nl_pad;
    public uint nl_pid;
    public uint nl_groups;
}
