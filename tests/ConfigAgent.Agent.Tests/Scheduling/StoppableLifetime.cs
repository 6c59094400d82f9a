using Microsoft.Extensions.Hosting;

namespace ConfigAgent.Agent.Tests.Scheduling;

/// <summary>An application lifetime a test can stop, as SIGTERM stops the agent's host.</summary>
internal sealed class StoppableLifetime : IHostApplicationLifetime
{
    private readonly CancellationTokenSource _stopping = new();

    public CancellationToken ApplicationStarted => CancellationToken.None;

    public CancellationToken ApplicationStopping => _stopping.Token;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public void StopApplication() => _stopping.Cancel();
}
