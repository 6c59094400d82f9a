using System.Runtime.InteropServices;

namespace ConfigAgent.Platforms.Linux.Interop;

/// <summary><c>struct timeval</c> on 64-bit Linux, as SO_RCVTIMEO takes it.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct timeval
{
    public long tv_sec;
    public long tv_usec;
}
