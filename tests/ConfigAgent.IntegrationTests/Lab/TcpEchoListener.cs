using System.Net;
using System.Net.Sockets;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// A TCP service in a lab namespace, listening on every address of it (0.0.0.0), as a web
/// server behind a DSR balancer does: it accepts what reaches it for the VIP because the VIP is
/// a local address (on lo). It echoes one message per connection and reports the local
/// endpoint it saw.
/// </summary>
internal sealed class TcpEchoListener : IDisposable
{
    private readonly Socket _socket;

    private TcpEchoListener(int port)
    {
        _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _socket.Bind(new IPEndPoint(IPAddress.Any, port));
        _socket.Listen();
    }

    /// <summary>Opens the listening socket on the namespace's thread, so it lives in that namespace.</summary>
    public static TcpEchoListener Open(NetworkNamespace ns, int port) => ns.Run(() => new TcpEchoListener(port));

    /// <summary>True when a connection waits to be accepted: it reached this server.</summary>
    public bool HasPendingConnection => _socket.Poll(0, SelectMode.SelectRead);

    /// <summary>Accepts one connection, echoes what it receives, and returns the local endpoint of the connection.</summary>
    public IPEndPoint EchoOne(TimeSpan timeout)
    {
        if (!_socket.Poll(timeout, SelectMode.SelectRead))
        {
            throw new TimeoutException($"no connection reached the listener within {timeout.TotalSeconds} s");
        }

        using var connection = _socket.Accept();
        connection.ReceiveTimeout = (int)timeout.TotalMilliseconds;
        var buffer = new byte[1024];
        var received = connection.Receive(buffer);
        connection.Send(buffer.AsSpan(0, received));
        return (IPEndPoint)connection.LocalEndPoint!;
    }

    public void Dispose() => _socket.Dispose();
}
