using System.Net.Sockets;
using System.Text;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// systemd's side of sd_notify(3) for a lab agent: a unix datagram socket in a temporary
/// directory, whose path the agent gets as $NOTIFY_SOCKET. Pathname sockets are found through
/// the file system, so an agent inside a lab namespace reaches it.
/// </summary>
internal sealed class NotifyListener : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("configagent-notify-");
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);

    public NotifyListener()
    {
        Path = System.IO.Path.Join(_directory.FullName, "notify");
        _socket.Bind(new UnixDomainSocketEndPoint(Path));
    }

    public string Path { get; }

    /// <summary>The next notification; fails with the agent's transcript when none comes in time.</summary>
    public string Receive(TimeSpan timeout, AgentProcess agent)
    {
        var buffer = new byte[4096];
        _socket.ReceiveTimeout = (int)timeout.TotalMilliseconds;
        try
        {
            var length = _socket.Receive(buffer);
            return Encoding.UTF8.GetString(buffer, 0, length);
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.TimedOut or SocketError.WouldBlock)
        {
            throw new TimeoutException($"no notification on {Path} within {timeout.TotalSeconds} s\n{agent.Transcript}", e);
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _directory.Delete(recursive: true);
    }
}
