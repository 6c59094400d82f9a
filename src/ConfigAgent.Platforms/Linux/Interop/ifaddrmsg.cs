using System.Runtime.InteropServices;

namespace ConfigAgent.Platforms.Linux.Interop;

/// <summary><c>struct ifaddrmsg</c> from linux/if_addr.h: 8 bytes.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ifaddrmsg
{
    public const int Size = 8;

    public byte ifa_family;
    public byte ifa_prefixlen;
    public byte ifa_flags;
    public byte ifa_scope;
    public uint ifa_index;
}
