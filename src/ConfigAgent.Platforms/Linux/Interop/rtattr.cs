using System.Runtime.InteropServices;

namespace ConfigAgent.Platforms.Linux.Interop;

/// <summary>
/// <c>struct rtattr</c> from linux/rtnetlink.h: a 4-byte header, then the value, then padding to
/// RTA_ALIGNTO (4). <c>rta_len</c> counts the header and the value but not the padding.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct rtattr
{
    public const int Size = 4;

    public ushort rta_len;
    public ushort rta_type;
}
