using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Hosting;

namespace ConfigAgent.Agent.Hosting;

/// <summary>
/// Tells systemd the agent is ready and when it stops (sd_notify(3), for Type=notify units):
/// a datagram on $NOTIFY_SOCKET. Nothing happens outside systemd. Microsoft.Extensions.Hosting.Systemd
/// (10.0.14 restores) would do the same through its SystemdLifetime; these few lines do without a
/// package and are tested by SystemdNotifierTests.
/// </summary>
internal sealed class SystemdNotifier(IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => Notify("READY=1"));
        lifetime.ApplicationStopping.Register(() => Notify("STOPPING=1"));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void Notify(string state)
    {
        var path = Environment.GetEnvironmentVariable("NOTIFY_SOCKET");
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        // A leading '@' names an abstract socket (a NUL byte first).
        var address = path.StartsWith('@') ? "\0" + path[1..] : path;
        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(address));
            socket.Send(Encoding.UTF8.GetBytes(state));
        }
        catch (SocketException)
        {
            // systemd is not listening: nothing to tell.
        }
    }
}
