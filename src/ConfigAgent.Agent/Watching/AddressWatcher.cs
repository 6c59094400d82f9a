using ConfigAgent.Agent.Runs;
using ConfigAgent.Agent.Scheduling;
using ConfigAgent.Observation;
using ConfigAgent.Platforms;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConfigAgent.Agent.Watching;

/// <summary>
/// Drift in seconds, not minutes: the kernel tells the agent when an address comes or goes
/// (someone ran `ip addr del`, a network manager reconfigured a NIC) and a check follows within
/// the debounce. The schedule stays the backstop for what has no event (sysctls, files).
/// </summary>
/// <remarks>The failover VIPs come and go with keepalived's failovers: their events start no run.</remarks>
public sealed partial class AddressWatcher(LocalHost host, RunRequests requests, FailoverAddresses failover, ILogger<AddressWatcher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var events = host.Events();
        while (!stoppingToken.IsCancellationRequested)
        {
            HostEvent change;
            try
            {
                change = await events.NextAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (change.Address is { } address && failover.Contains(address))
            {
                LogFailoverMove(change.Description);
                continue;
            }

            LogChange(change.Description);
            requests.Request(RunTrigger.AddressEvent);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Kernel event: {Change}")]
    private partial void LogChange(string change);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Kernel event of a failover VIP, keepalived's to move: {Change} (no run)")]
    private partial void LogFailoverMove(string change);
}
