using System.Runtime.InteropServices;

namespace ConfigAgent.Platforms.Linux.Interop;

/// <summary><c>struct ifinfomsg</c> from linux/rtnetlink.h: 16 bytes.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ifinfomsg
{
    public const int Size = 16;

    public byte ifi_family;
    public byte __ifi_pad;
    public ushort ifi_type;
    public int ifi_index;
    public uint ifi_flags;
    public uint ifi_change;
}
