using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// A TCP client in a lab namespace. Everything after the socket is created runs on the calling
/// thread with blocking calls bounded by timeouts: no asynchronous work is queued from a
/// namespace thread.
/// </summary>
internal static class TcpProbe
{
    /// <summary>
    /// Connects from <paramref name="client"/> to <paramref name="target"/>, sends
    /// <paramref name="message"/>, lets <paramref name="server"/> echo it, and reads the echo.
    /// Throws when the connection is not established within <paramref name="timeout"/>.
    /// </summary>
    public static TcpRoundTrip RoundTrip(NetworkNamespace client, IPEndPoint target, TcpEchoListener server, string message, TimeSpan timeout)
    {
        using var socket = client.Run(() => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp));
        Connect(socket, target, timeout);
        var peer = (IPEndPoint)socket.RemoteEndPoint!;
        socket.ReceiveTimeout = (int)timeout.TotalMilliseconds;
        socket.Send(Encoding.UTF8.GetBytes(message));
        var serverLocal = server.EchoOne(timeout);
        var buffer = new byte[1024];
        var received = socket.Receive(buffer);
        return new TcpRoundTrip(peer, serverLocal, Encoding.UTF8.GetString(buffer, 0, received));
    }

    private static void Connect(Socket socket, IPEndPoint target, TimeSpan timeout)
    {
        // Non-blocking, then a bounded wait: a blocking connect that gets no SYN-ACK waits for
        // the kernel's retries, minutes rather than the test's timeout.
        socket.Blocking = false;
        try
        {
            socket.Connect(target);
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.WouldBlock or SocketError.InProgress)
        {
            if (!socket.Poll(timeout, SelectMode.SelectWrite))
            {
                throw new TimeoutException($"TCP to {target} was not established within {timeout.TotalSeconds} s");
            }
        }

        var error = (SocketError)(int)socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Error)!;
        if (error != SocketError.Success)
        {
            throw new SocketException((int)error);
        }

        socket.Blocking = true;
    }
}
