using ConfigAgent.Graph;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Engine;

/// <summary>
/// Sets a change by running its <see cref="Change.Commands"/> through the runner seam: each
/// command as an argument list, in order, each with a time limit. A command that exits non-zero stops the change; the commands of the same
/// change that had already run are undone at once, so a change is all or nothing, and the error
/// says what was put back.
/// </summary>
public sealed class CommandChangeExecutor(ICommandRunner runner, TimeSpan timeout)
{
    public AppliedStep Apply(Change change, CancellationToken cancellationToken)
    {
        for (var i = 0; i < change.Commands.Count; i++)
        {
            var result = runner.Run(change.Commands[i], timeout, cancellationToken);
            if (!result.Succeeded)
            {
                var failure = Failure(change.Commands[i], result);
                throw new HostAccessException(i == 0 ? failure : $"{failure}; {UndoFirst(change, i)}");
            }
        }

        return new AppliedStep(change, () => Undo(change));
    }

    /// <summary>Runs the undo commands in order; throws on the first that fails.</summary>
    public void Undo(Change change)
    {
        if (change.Irreversible is { } why)
        {
            throw new HostAccessException(why);
        }

        Run(change.UndoCommands);
    }

    private string UndoFirst(Change change, int ran)
    {
        if (change.Irreversible is { } why)
        {
            return $"the {ran} command(s) before it cannot be undone: {why}";
        }

        if (change.UndoCommands.Count != change.Commands.Count)
        {
            return $"the {ran} command(s) before it were not undone (the change has no undo for a part of it)";
        }

        try
        {
            Run(change.UndoCommands.Skip(change.UndoCommands.Count - ran));
            return $"the {ran} command(s) before it were undone";
        }
        catch (HostAccessException ex)
        {
            return $"undoing the {ran} command(s) before it failed too: {ErrorSentence.Of(ex)}";
        }
    }

    private void Run(IEnumerable<CommandLine> commands)
    {
        foreach (var command in commands)
        {
            var result = runner.Run(command, timeout, CancellationToken.None);
            if (!result.Succeeded)
            {
                throw new HostAccessException(Failure(command, result));
            }
        }
    }

    private static string Failure(CommandLine command, CommandResult result)
    {
        var output = result.StandardError.Trim().Length > 0 ? result.StandardError : result.StandardOutput;
        var message = string.Join(' ', output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return $"`{command}` exited with {result.ExitCode}{(message.Length > 0 ? ": " + message : "")}";
    }
}
