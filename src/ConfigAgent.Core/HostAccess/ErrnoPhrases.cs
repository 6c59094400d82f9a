namespace ConfigAgent.HostAccess;

/// <summary>
/// What a Linux errno means, in the words a user reads after a colon ("no space left on device").
/// The shipped binary cannot ask the framework for them: it is built with UseSystemResourceKeys,
/// which replaces the framework's messages with resource keys.
/// </summary>
public static class ErrnoPhrases
{
    public const int PermissionDeniedByPolicy = 1; // EPERM
    public const int NoSuchEntry = 2; // ENOENT
    public const int InputOutput = 5; // EIO
    public const int WouldBlock = 11; // EAGAIN, EWOULDBLOCK
    public const int AccessDenied = 13; // EACCES
    public const int Exists = 17; // EEXIST
    public const int CrossDevice = 18; // EXDEV
    public const int NotADirectory = 20; // ENOTDIR
    public const int IsADirectory = 21; // EISDIR
    public const int InvalidArgument = 22; // EINVAL
    public const int NoSpace = 28; // ENOSPC
    public const int ReadOnlyFileSystem = 30; // EROFS
    public const int NameTooLong = 36; // ENAMETOOLONG
    public const int NotEmpty = 39; // ENOTEMPTY
    public const int TooManyLinks = 40; // ELOOP
    public const int QuotaExceeded = 122; // EDQUOT

    /// <summary>The phrase for <paramref name="errno"/>; an unknown number is named as such, never left out.</summary>
    public static string Describe(int errno) => errno switch
    {
        PermissionDeniedByPolicy => "operation not permitted",
        NoSuchEntry => "no such file or directory",
        4 => "interrupted",
        InputOutput => "input/output error (the disk or the file system failed)",
        6 => "no such device or address",
        7 => "argument list too long",
        8 => "not an executable program",
        9 => "bad file descriptor",
        WouldBlock => "resource temporarily unavailable",
        12 => "out of memory",
        AccessDenied => "permission denied",
        16 => "device or resource busy",
        Exists => "file exists",
        CrossDevice => "the path crosses a mount point",
        19 => "no such device",
        NotADirectory => "not a directory",
        IsADirectory => "is a directory",
        InvalidArgument => "invalid argument",
        23 => "too many open files in the system",
        24 => "too many open files",
        26 => "text file busy",
        27 => "file too large",
        NoSpace => "no space left on device",
        29 => "illegal seek",
        ReadOnlyFileSystem => "read-only file system",
        31 => "too many links",
        32 => "broken pipe",
        NameTooLong => "file name too long",
        38 => "function not implemented by the kernel",
        NotEmpty => "directory not empty",
        TooManyLinks => "too many levels of symbolic links",
        95 => "operation not supported",
        110 => "timed out",
        116 => "stale file handle",
        QuotaExceeded => "disk quota exceeded",
        _ => $"system error {errno}",
    };
}
