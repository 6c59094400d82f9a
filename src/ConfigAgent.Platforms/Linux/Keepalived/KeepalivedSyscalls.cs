using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace ConfigAgent.Platforms.Linux.Keepalived;

/// <summary>
/// The two calls .NET does not wrap that reading keepalived's state needs: kill(2) with a signal
/// other than SIGKILL, and statx(2) for the owner of the dump file (FileInfo has no owner).
/// statx rather than stat: glibc exports stat as a symbol only since 2.33, statx since 2.28.
/// </summary>
internal static partial class KeepalivedSyscalls
{
    public const int NoSuchProcess = 3;
    public const int PermissionDenied = 1;

    private const string Library = "libc";
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7FF;
    private const int StatxSize = 256;

    /// <summary>Sends <paramref name="signal"/>; returns 0, or the errno (ESRCH, EPERM).</summary>
    public static int Signal(int pid, int signal) => kill(pid, signal) == 0 ? 0 : Marshal.GetLastPInvokeError();

    /// <summary>The file at <paramref name="path"/> without following a link, or null when there is none (or it cannot be looked at).</summary>
    public static DumpFile? Stat(string path)
    {
        Span<byte> buffer = stackalloc byte[StatxSize];
        unsafe
        {
            fixed (byte* pointer = buffer)
            {
                if (statx(AtFdCwd, path, AtSymlinkNoFollow, StatxBasicStats, pointer) != 0)
                {
                    return null;
                }
            }
        }

        // struct statx (linux/stat.h): stx_uid at 20, stx_mode at 28, stx_ino at 32, stx_mtime at 112.
        return new DumpFile(
            BinaryPrimitives.ReadUInt32LittleEndian(buffer[20..]),
            BinaryPrimitives.ReadUInt16LittleEndian(buffer[28..]),
            BinaryPrimitives.ReadUInt64LittleEndian(buffer[32..]),
            BinaryPrimitives.ReadInt64LittleEndian(buffer[112..]),
            BinaryPrimitives.ReadUInt32LittleEndian(buffer[120..]));
    }

    [LibraryImport(Library, SetLastError = true)]
    private static partial int kill(int pid, int sig);

    [LibraryImport(Library, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int statx(int dirfd, string pathname, int flags, uint mask, byte* statxbuf);
}
