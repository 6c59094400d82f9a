namespace ConfigAgent.Agent.Runs;

/// <summary>Why a run started.</summary>
public enum RunTrigger
{
    Startup,
    Schedule,

    /// <summary>The kernel reported an address change (rtnetlink).</summary>
    AddressEvent,

    /// <summary>A desired-state file changed, or a new revision was pulled.</summary>
    DesiredStateChange,
}
