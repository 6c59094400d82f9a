namespace ConfigAgent.Engine;

/// <summary>How a run behaves.</summary>
/// <param name="Rollback">Undo this run's changes in reverse order when a step fails (the default).</param>
/// <param name="StepDelay">A pause after each step. Zero in production; lab tests use it to make every intermediate state observable.</param>
public sealed record ApplyOptions(bool Rollback = true, TimeSpan StepDelay = default)
{
    public static ApplyOptions Default { get; } = new();
}
