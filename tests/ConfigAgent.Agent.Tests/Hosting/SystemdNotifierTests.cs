using System.Net.Sockets;
using System.Text;
using ConfigAgent.Agent.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConfigAgent.Agent.Tests.Hosting;

/// <summary>
/// The unit is Type=notify (packaging/systemd/configagent.service): systemd waits for READY=1 on
/// $NOTIFY_SOCKET, and a unit whose service never sends it fails its start after TimeoutStartSec.
/// </summary>
[Collection(nameof(NotifySocketEnvironment))]
public sealed class SystemdNotifierTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("configagent-notify-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Ready_is_sent_when_the_host_has_started_and_stopping_when_it_stops()
    {
        var path = Path.Combine(_directory, "notify");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var previous = Environment.GetEnvironmentVariable("NOTIFY_SOCKET");
        Environment.SetEnvironmentVariable("NOTIFY_SOCKET", path);
        try
        {
            await new SystemdNotifier(lifetime).StartAsync(TestContext.Current.CancellationToken);

            lifetime.NotifyStarted();
            var ready = await Receive(socket);
            lifetime.StopApplication();
            var stopping = await Receive(socket);

            Assert.Equal(("READY=1", "STOPPING=1"), (ready, stopping));
        }
        finally
        {
            Environment.SetEnvironmentVariable("NOTIFY_SOCKET", previous);
        }
    }

    [Fact]
    public async Task A_notify_socket_nobody_listens_on_is_no_error()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var previous = Environment.GetEnvironmentVariable("NOTIFY_SOCKET");
        Environment.SetEnvironmentVariable("NOTIFY_SOCKET", Path.Combine(_directory, "nobody-listens"));
        try
        {
            await new SystemdNotifier(lifetime).StartAsync(TestContext.Current.CancellationToken);

            var started = Record.Exception(lifetime.NotifyStarted);

            Assert.Null(started);
        }
        finally
        {
            Environment.SetEnvironmentVariable("NOTIFY_SOCKET", previous);
        }
    }

    private static async Task<string> Receive(Socket socket)
    {
        var buffer = new byte[256];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var length = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
        return Encoding.UTF8.GetString(buffer, 0, length);
    }
}
