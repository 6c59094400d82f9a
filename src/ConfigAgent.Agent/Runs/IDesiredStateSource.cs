namespace ConfigAgent.Agent.Runs;

/// <summary>Where the agent's desired state comes from: files on the host, or a git repository.</summary>
public interface IDesiredStateSource
{
    /// <summary>Reads the newest revision, validates it completely, and falls back to the last good one.</summary>
    /// <param name="trigger">Why the run starts: a source that reaches over the network may leave kernel-event runs to what is in force.</param>
    DesiredStateSnapshot Current(RunTrigger trigger);
}
