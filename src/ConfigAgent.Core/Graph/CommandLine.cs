namespace ConfigAgent.Graph;

/// <summary>A program and its arguments, as a list: never a shell string.</summary>
public sealed record CommandLine(string Program, IReadOnlyList<string> Arguments)
{
    public CommandLine(string program, params string[] arguments)
        : this(program, (IReadOnlyList<string>)arguments)
    {
    }

    /// <summary>How <see cref="ToString"/> quotes the words: the shell of the host the command runs on.</summary>
    public CommandQuoting Quoting { get; init; } = CommandQuoting.Posix;

    /// <summary>Variables set for this command on top of the agent's own environment (e.g. GIT_TERMINAL_PROMPT=0).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The command quoted for humans to read and paste, each line with the shell it is for: null
    /// when it reads the same in every shell of the host (a POSIX shell; on Windows, PowerShell
    /// and cmd.exe), else one line per shell. Execution never uses it.
    /// </summary>
    public IReadOnlyList<(string? Shell, string Line)> Displays() =>
        Quoting == CommandQuoting.Windows ? WindowsQuoting.Displays(this) : [(null, ToPosix())];

    /// <summary>The first of <see cref="Displays"/>: the line for every shell, or for PowerShell on Windows.</summary>
    public override string ToString() => Displays()[0].Line;

    private string ToPosix() => string.Join(' ', new[] { Program }.Concat(Arguments).Select(QuotePosix));

    private static string QuotePosix(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':' or '=' or ',' or '@' or '%' or '+')
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    public bool Equals(CommandLine? other) =>
        other is not null && Program == other.Program && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Program, Arguments.Count);
}
