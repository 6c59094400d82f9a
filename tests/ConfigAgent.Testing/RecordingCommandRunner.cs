using ConfigAgent.Graph;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Testing;

/// <summary>A command runner that records every command and answers with what the test set up (exit 0 and no output by default).</summary>
public sealed class RecordingCommandRunner : ICommandRunner
{
    private readonly Dictionary<string, CommandResult> _answers = new(StringComparer.Ordinal);

    /// <summary>Every command run, as shown to humans, in order.</summary>
    public List<string> Ran { get; } = [];

    /// <summary>Every command run, as the program and its argument list, in order.</summary>
    public List<CommandLine> Commands { get; } = [];

    /// <summary>Answers <paramref name="command"/> (its rendering) with <paramref name="result"/> from now on.</summary>
    public RecordingCommandRunner Answer(string command, CommandResult result)
    {
        _answers[command] = result;
        return this;
    }

    public RecordingCommandRunner Fail(string command, string error = "refused") => Answer(command, new CommandResult(1, "", error));

    public CommandResult Run(CommandLine command, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var text = command.ToString();
        Ran.Add(text);
        Commands.Add(command);
        return _answers.GetValueOrDefault(text) ?? new CommandResult(0, "", "");
    }
}
