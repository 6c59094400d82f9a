using System.Text;

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

    /// <summary>A quoted rendering for humans to read (and paste); execution never uses it.</summary>
    public override string ToString()
    {
        Func<string, string> quote = Quoting == CommandQuoting.Windows ? QuoteWindows : QuotePosix;
        return string.Join(' ', new[] { Program }.Concat(Arguments).Select(quote));
    }

    private static string QuotePosix(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':' or '=' or ',' or '@' or '%' or '+')
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    // The rules CommandLineToArgvW (and .NET's ArgumentList on Windows) use: a word with a space,
    // a tab or a quote is quoted; backslashes are doubled only where they precede a quote.
    private static string QuoteWindows(string word)
    {
        if (word.Length > 0 && !word.Any(c => c is ' ' or '\t' or '"'))
        {
            return word;
        }

        var text = new StringBuilder("\"");
        var backslashes = 0;
        foreach (var c in word)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            text.Append('\\', c == '"' ? (backslashes * 2) + 1 : backslashes).Append(c);
            backslashes = 0;
        }

        return text.Append('\\', backslashes * 2).Append('"').ToString();
    }

    public bool Equals(CommandLine? other) =>
        other is not null && Program == other.Program && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Program, Arguments.Count);
}
