namespace ConfigAgent.Agent.Runs;

/// <summary>Where the agent's desired state comes from: files on the host, or a git repository.</summary>
public interface IDesiredStateSource
{
    /// <summary>Reads the newest revision, validates it completely, and falls back to the last good one.</summary>
    DesiredStateSnapshot Current();
}
