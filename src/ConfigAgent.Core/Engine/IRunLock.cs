namespace ConfigAgent.Engine;

/// <summary>One run at a time per host: the CLI and the agent take the same lock.</summary>
public interface IRunLock
{
    /// <summary>Waits up to <paramref name="timeout"/>; throws <see cref="RunLockTimeoutException"/> when another run holds it.</summary>
    IDisposable Acquire(TimeSpan timeout, CancellationToken cancellationToken);
}
