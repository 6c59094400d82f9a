namespace ConfigAgent.Engine;

/// <summary>What a run does with the drift it finds.</summary>
public enum RunMode
{
    /// <summary>Converge: apply the plan.</summary>
    Enforce,

    /// <summary>Report only: nothing on the host changes.</summary>
    Audit,
}
