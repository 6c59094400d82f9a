using ConfigAgent.Agent.Runs;
using ConfigAgent.Agent.Scheduling;
using ConfigAgent.Platforms;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConfigAgent.Agent.Watching;

/// <summary>
/// Drift in seconds, not minutes: the kernel tells the agent when an address comes or goes
/// (someone ran `ip addr del`, a network manager reconfigured a NIC) and a check follows within
/// the debounce. The schedule stays the backstop for what has no event (sysctls, files).
/// </summary>
public sealed partial class AddressWatcher(LocalHost host, RunRequests requests, ILogger<AddressWatcher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var events = host.Events();
        while (!stoppingToken.IsCancellationRequested)
        {
            string change;
            try
            {
                change = await events.NextAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            LogChange(change);
            requests.Request(RunTrigger.AddressEvent);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Kernel event: {Change}")]
    private partial void LogChange(string change);
}
