namespace ConfigAgent.Agent.Runs;

/// <summary>How a run ended, as reports, metrics and `configagent status` say it.</summary>
public enum RunOutcome
{
    /// <summary>Nothing was out of sync.</summary>
    InSync,

    /// <summary>Drift was found and repaired (enforce mode).</summary>
    Converged,

    /// <summary>Drift was found and left (audit mode).</summary>
    Drift,

    /// <summary>The run could not converge the host (a failed step, a blocked resource, a lock, a corrupt ledger).</summary>
    Failed,

    /// <summary>No valid desired state to run: the files are invalid and no earlier revision was good.</summary>
    Invalid,
}
