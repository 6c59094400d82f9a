namespace ConfigAgent.Graph;

/// <summary>
/// One step of a plan: what a resource's test found and what setting it will do. On platforms
/// driven by commands (AIX ifconfig, Windows netsh) the change carries the exact commands and the
/// ones that undo them; platforms derive from it to carry what their own executor needs (the
/// observed address a rollback puts back).
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

    /// <summary>The exact commands apply will run, in order, on platforms driven by commands (AIX, Windows).</summary>
    public IReadOnlyList<CommandLine> Commands { get; init; } = [];

    /// <summary>
    /// The commands that restore what was observed before the change, in the order they run. They
    /// mirror <see cref="Commands"/> in reverse: the last command is undone first, so a change that
    /// stopped half-way is undone by the tail of this list (delete, add → delete the new, add the old).
    /// </summary>
    public IReadOnlyList<CommandLine> UndoCommands { get; init; } = [];

    /// <summary>Why the change cannot be undone by commands, when it cannot; null when <see cref="UndoCommands"/> undo it.</summary>
    public string? Irreversible { get; init; }

    /// <summary>A unified diff, for file contents.</summary>
    public string? Diff { get; init; }

    /// <summary>Things the operator should know about this step (it will not stop apply).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
