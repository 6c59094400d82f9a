using ConfigAgent.Graph;

namespace ConfigAgent.Engine;

/// <summary>
/// A change set by running commands (AIX ifconfig, Windows netsh): <see cref="Change.Commands"/>
/// run in order, and <see cref="UndoCommands"/> put back the state observed when the plan was made.
/// </summary>
public class CommandChange(Resource resource, ChangeAction action, string? before, string? after, string reason)
    : Change(resource, action, before, after, reason)
{
    /// <summary>
    /// The commands that restore what was observed before the change, in the order they run. They
    /// mirror <see cref="Change.Commands"/> in reverse: the last command is undone first, so a
    /// change that stopped half-way is undone by the tail of this list (delete, add → delete the
    /// new, add the old).
    /// </summary>
    public IReadOnlyList<CommandLine> UndoCommands { get; init; } = [];

    /// <summary>Why the change cannot be undone by commands, when it cannot; null when <see cref="UndoCommands"/> undo it.</summary>
    public string? Irreversible { get; init; }
}
