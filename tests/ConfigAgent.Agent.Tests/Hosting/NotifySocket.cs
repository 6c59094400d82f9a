using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace ConfigAgent.Agent.Tests.Hosting;

/// <summary>
/// Plays systemd's side of sd_notify(3): a unix datagram socket in a temporary directory, named
/// by $NOTIFY_SOCKET, with $WATCHDOG_USEC and $WATCHDOG_PID set for this process as systemd sets
/// them for a unit with WatchdogSec=. The variables are restored on dispose.
/// </summary>
internal sealed class NotifySocket : IDisposable
{
    private static readonly string[] Variables = ["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID"];

    private readonly string _directory = Directory.CreateTempSubdirectory("configagent-notify-").FullName;
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
    private readonly Dictionary<string, string?> _previous = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);

    public NotifySocket(TimeSpan? watchdog, string? watchdogPid = null)
    {
        var path = Path.Combine(_directory, "notify");
        _socket.Bind(new UnixDomainSocketEndPoint(path));
        Environment.SetEnvironmentVariable("NOTIFY_SOCKET", path);
        Environment.SetEnvironmentVariable("WATCHDOG_USEC", watchdog is { } interval ? ((long)interval.TotalMicroseconds).ToString(CultureInfo.InvariantCulture) : null);
        Environment.SetEnvironmentVariable("WATCHDOG_PID", watchdog is null ? null : watchdogPid ?? Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The next datagram; fails when none comes within 10 s.</summary>
    public async Task<string> Receive()
    {
        var buffer = new byte[4096];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            var length = await _socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            return Encoding.UTF8.GetString(buffer, 0, length);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("no notification on $NOTIFY_SOCKET within 10 s");
        }
    }

    /// <summary>The datagrams already queued, without waiting for more.</summary>
    public IReadOnlyList<string> Pending()
    {
        var received = new List<string>();
        var buffer = new byte[4096];
        while (_socket.Available > 0)
        {
            var length = _socket.Receive(buffer);
            received.Add(Encoding.UTF8.GetString(buffer, 0, length));
        }

        return received;
    }

    public void Dispose()
    {
        foreach (var (variable, value) in _previous)
        {
            Environment.SetEnvironmentVariable(variable, value);
        }

        _socket.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
