using System.Runtime.InteropServices;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>
/// A request the kernel refused (an NLMSG_ERROR with a negative errno) or a netlink socket call
/// that failed. <see cref="Exception.Message"/> is the strerror text ("File exists").
/// </summary>
internal sealed class NetlinkException : Exception
{
    public NetlinkException(int errno, string? kernelMessage = null)
        : base(Marshal.GetPInvokeErrorMessage(errno))
    {
        Errno = errno;
        KernelMessage = kernelMessage;
    }

    /// <summary>The positive errno: 17 EEXIST, 19 ENODEV, 99 EADDRNOTAVAIL, ...</summary>
    public int Errno { get; }

    /// <summary>The extended-ack text (NLMSGERR_ATTR_MSG) when the kernel gave one.</summary>
    public string? KernelMessage { get; }
}
