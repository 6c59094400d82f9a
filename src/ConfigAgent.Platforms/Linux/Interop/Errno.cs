namespace ConfigAgent.Platforms.Linux.Interop;

/// <summary>The errno values of asm-generic/errno-base.h and errno.h the netlink code reacts to.</summary>
internal static class Errno
{
    public const int EINTR = 4;
    public const int EAGAIN = 11;
    public const int ENOBUFS = 105;
    public const int ETIMEDOUT = 110;
}
