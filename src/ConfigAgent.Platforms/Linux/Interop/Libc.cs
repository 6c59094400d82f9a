using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace ConfigAgent.Platforms.Linux.Interop;

/// <summary>
/// The libc calls System.Net.Sockets.Socket cannot make: .NET 10 refuses AF_NETLINK
/// ("Address family not supported by protocol"), so netlink sockets are opened, bound and read
/// here. AF_PACKET and raw ICMPv6 sockets work through Socket and do not need these. And
/// madvise, which .NET does not wrap.
/// </summary>
internal static unsafe partial class Libc
{
    private const string Library = "libc";

    [LibraryImport(Library, SetLastError = true)]
    public static partial int socket(int domain, int type, int protocol);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int bind(SafeSocketHandle fd, sockaddr_nl* addr, int addrlen);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int getsockname(SafeSocketHandle fd, sockaddr_nl* addr, int* addrlen);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int setsockopt(SafeSocketHandle fd, int level, int optname, void* optval, int optlen);

    [LibraryImport(Library, SetLastError = true)]
    public static partial nint send(SafeSocketHandle fd, byte* buf, nuint len, int flags);

    [LibraryImport(Library, SetLastError = true)]
    public static partial nint recv(SafeSocketHandle fd, byte* buf, nuint len, int flags);

    public const int MADV_DONTNEED = 4;

    [LibraryImport(Library, SetLastError = true)]
    public static partial int madvise(nint addr, nuint length, int advice);
}
