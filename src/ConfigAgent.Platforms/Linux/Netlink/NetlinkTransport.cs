using System.Net.Sockets;
using System.Runtime.InteropServices;
using ConfigAgent.Platforms.Linux.Interop;
using static ConfigAgent.Platforms.Linux.Interop.SocketConstants;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>
/// A NETLINK_ROUTE socket and the one buffer every datagram is received into. The socket
/// belongs to the network namespace of the thread that opens it.
/// </summary>
internal sealed unsafe class NetlinkTransport : IDisposable
{
    /// <summary>
    /// The kernel sizes a dump's datagrams to the reader's buffer, up to 32 KiB
    /// (netlink_recvmsg's max_recvmsg_len); a larger message makes the buffer grow.
    /// </summary>
    public const int InitialBufferSize = 32 * 1024;

    private byte[] _buffer = new byte[InitialBufferSize];

    private NetlinkTransport(SafeSocketHandle handle, uint portId)
    {
        Handle = handle;
        PortId = portId;
    }

    public SafeSocketHandle Handle { get; }

    /// <summary>The nl_pid the kernel gave the socket: the port the answers are addressed to.</summary>
    public uint PortId { get; }

    public static NetlinkTransport Open(uint groups, TimeSpan? receiveTimeout = null, int? receiveBufferSize = null)
    {
        var fd = Libc.socket(NetlinkConstants.AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NetlinkConstants.NETLINK_ROUTE);
        if (fd < 0)
        {
            throw new NetlinkException(Marshal.GetLastPInvokeError());
        }

        var handle = new SafeSocketHandle(fd, ownsHandle: true);
        try
        {
            // Extended acks give the kernel's reason; capped acks do not echo the request back.
            SetOption(handle, NetlinkConstants.SOL_NETLINK, NetlinkConstants.NETLINK_EXT_ACK, 1);
            SetOption(handle, NetlinkConstants.SOL_NETLINK, NetlinkConstants.NETLINK_CAP_ACK, 1);
            if (receiveBufferSize is { } size)
            {
                // SO_RCVBUF is capped at net.core.rmem_max (208 KiB by default); root may go past it.
                if (Libc.setsockopt(handle, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof(int)) < 0)
                {
                    SetOption(handle, SOL_SOCKET, SO_RCVBUF, size);
                }
            }

            if (receiveTimeout is { } timeout)
            {
                var value = new timeval { tv_sec = (long)timeout.TotalSeconds, tv_usec = timeout.Milliseconds * 1000L };
                Check(Libc.setsockopt(handle, SOL_SOCKET, SO_RCVTIMEO, &value, sizeof(timeval)));
            }

            var address = new sockaddr_nl { nl_family = NetlinkConstants.AF_NETLINK, nl_groups = groups };
            Check(Libc.bind(handle, &address, sockaddr_nl.Size));
            var length = sockaddr_nl.Size;
            Check(Libc.getsockname(handle, &address, &length));
            return new NetlinkTransport(handle, address.nl_pid);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Sends one request to the kernel (an unconnected netlink socket sends to port 0).</summary>
    public void Send(ReadOnlySpan<byte> message)
    {
        fixed (byte* bytes = message)
        {
            while (Libc.send(Handle, bytes, (nuint)message.Length, 0) < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno != Errno.EINTR)
                {
                    throw new NetlinkException(errno);
                }
            }
        }
    }

    /// <summary>
    /// Receives the next datagram whole into the buffer. Without <paramref name="wait"/>
    /// returns false when none is queued; a receive timeout elapsing throws ETIMEDOUT.
    /// </summary>
    public bool TryReceive(bool wait, out ReadOnlySpan<byte> datagram)
    {
        var flags = wait ? 0 : MSG_DONTWAIT;
        datagram = default;

        // MSG_PEEK|MSG_TRUNC with no room returns the datagram's real length without taking it.
        var length = Receive(null, 0, flags | MSG_PEEK | MSG_TRUNC);
        if (length < 0)
        {
            return false;
        }

        if (length > _buffer.Length)
        {
            _buffer = new byte[Math.Max(length, _buffer.Length * 2)];
        }

        fixed (byte* bytes = _buffer)
        {
            length = Receive(bytes, _buffer.Length, flags);
        }

        if (length < 0)
        {
            return false;
        }

        datagram = _buffer.AsSpan(0, length);
        return true;
    }

    public void Dispose() => Handle.Dispose();

    private int Receive(byte* buffer, int size, int flags)
    {
        while (true)
        {
            var length = Libc.recv(Handle, buffer, (nuint)size, flags);
            if (length >= 0)
            {
                return (int)length;
            }

            var errno = Marshal.GetLastPInvokeError();
            if (errno == Errno.EAGAIN)
            {
                return (flags & MSG_DONTWAIT) != 0 ? -1 : throw new NetlinkException(Errno.ETIMEDOUT);
            }

            if (errno != Errno.EINTR)
            {
                throw new NetlinkException(errno);
            }
        }
    }

    private static void SetOption(SafeSocketHandle handle, int level, int name, int value) =>
        Check(Libc.setsockopt(handle, level, name, &value, sizeof(int)));

    private static void Check(int result)
    {
        if (result < 0)
        {
            throw new NetlinkException(Marshal.GetLastPInvokeError());
        }
    }
}
