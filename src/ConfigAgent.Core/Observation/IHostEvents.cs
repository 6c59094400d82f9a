namespace ConfigAgent.Observation;

/// <summary>
/// Notifications from the host that its state may have changed under ConfigAgent's feet (the
/// kernel's address notifications on Linux): the agent checks within a second instead of at
/// the next scheduled run.
/// </summary>
public interface IHostEvents : IDisposable
{
    /// <summary>Waits for the next change: its description for the log, and its address when it concerns one.</summary>
    ValueTask<HostEvent> NextAsync(CancellationToken cancellationToken);
}
