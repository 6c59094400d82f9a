using System.ComponentModel;
using System.Runtime.InteropServices;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>setns(2) for the lab threads; the product never changes namespace itself.</summary>
internal static partial class NamespaceSyscalls
{
    // linux/sched.h
    private const int CloneNewNet = 0x40000000;
    private const int ReadOnly = 0;
    private const int CloseOnExec = 0x80000;

    /// <summary>Moves the calling thread, and only it, into the network namespace at <paramref name="path"/>.</summary>
    public static void EnterNetworkNamespace(string path)
    {
        var fd = open(path, ReadOnly | CloseOnExec);
        if (fd < 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), $"open {path}");
        }

        try
        {
            if (setns(fd, CloneNewNet) != 0)
            {
                throw new Win32Exception(Marshal.GetLastPInvokeError(), $"setns {path}");
            }
        }
        finally
        {
            _ = close(fd);
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int setns(int fd, int nstype);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int fd);
}
