using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace ConfigAgent.Platforms.Local;

/// <summary>
/// The *at(2) calls that .NET does not wrap: a file is created, renamed or removed relative to a
/// directory already open, so that no directory of its path can be swapped for a link between
/// the check and the write (issue 17: no write outside --root).
/// </summary>
[SupportedOSPlatform("linux")]
internal static unsafe partial class UnixCalls
{
    public const int ReadOnly = 0;
    public const int WriteOnly = 1;
    public const int ReadWrite = 2;
    public const int Create = 0x40;
    public const int Exclusive = 0x80;
    public const int Directory = 0x10000;
    public const int NoFollow = 0x20000;
    public const int CloseOnExec = 0x80000;

    public const int LockExclusive = 2;
    public const int LockNonBlocking = 4;

    private const string Library = "libc";

    [LibraryImport(Library, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags, uint mode);

    [LibraryImport(Library, EntryPoint = "openat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int OpenAt(SafeFileHandle directory, string name, int flags, uint mode);

    [LibraryImport(Library, EntryPoint = "mkdirat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MakeDirectoryAt(SafeFileHandle directory, string name, uint mode);

    [LibraryImport(Library, EntryPoint = "unlinkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int UnlinkAt(SafeFileHandle directory, string name, int flags);

    [LibraryImport(Library, EntryPoint = "renameat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int RenameAt(SafeFileHandle fromDirectory, string from, SafeFileHandle toDirectory, string to);

    [LibraryImport(Library, EntryPoint = "symlinkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SymlinkAt(string target, SafeFileHandle directory, string name);

    [LibraryImport(Library, EntryPoint = "fchmod", SetLastError = true)]
    public static partial int ChangeMode(SafeFileHandle file, uint mode);

    [LibraryImport(Library, EntryPoint = "fsync", SetLastError = true)]
    public static partial int Sync(SafeFileHandle file);

    [LibraryImport(Library, EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(SafeFileHandle file, byte* buffer, nuint count);

    [LibraryImport(Library, EntryPoint = "flock", SetLastError = true)]
    public static partial int Lock(SafeFileHandle file, int operation);

    /// <summary>The errno of the last call made through this class.</summary>
    public static int LastError => Marshal.GetLastPInvokeError();

    /// <summary>Owns a file descriptor a call returned (closed on dispose); null when the call failed.</summary>
    public static SafeFileHandle? Own(int fd) => fd < 0 ? null : new SafeFileHandle(fd, ownsHandle: true);
}
