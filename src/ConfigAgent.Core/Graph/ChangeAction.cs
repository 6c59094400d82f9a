namespace ConfigAgent.Graph;

public enum ChangeAction
{
    /// <summary>The resource is missing and will be created.</summary>
    Create,

    /// <summary>The resource exists with other values and will be changed (or replaced).</summary>
    Update,

    /// <summary>The resource exists and will be removed.</summary>
    Delete,

    /// <summary>The resource cannot be converged from here (a missing interface, say): apply refuses to start.</summary>
    Blocked,
}
