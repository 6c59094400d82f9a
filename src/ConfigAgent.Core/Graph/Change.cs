namespace ConfigAgent.Graph;

/// <summary>
/// One step of a plan: what a resource's test found and what setting it will do. Platforms
/// derive from it to carry what their executor needs (the observed value to roll back to).
/// </summary>
public class Change(Resource resource, ChangeAction action, string? before, string? after, string reason)
{
    public Resource Resource { get; } = resource;

    public ChangeAction Action { get; } = action;

    /// <summary>The observed value, for humans; null when nothing is there.</summary>
    public string? Before { get; } = before;

    /// <summary>The value after the change; null when the change removes it.</summary>
    public string? After { get; } = after;

    /// <summary>Why the resource is out of sync ("missing", "arp_ignore is 0").</summary>
    public string Reason { get; } = reason;

    /// <summary>The exact commands apply will run, on platforms driven by commands (AIX, Windows).</summary>
    public IReadOnlyList<CommandLine> Commands { get; init; } = [];

    /// <summary>A unified diff, for file contents.</summary>
    public string? Diff { get; init; }

    /// <summary>Things the operator should know about this step (it will not stop apply).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
