using System.Text;

namespace ConfigAgent.Graph;

/// <summary>
/// A Windows command line shown for pasting, in PowerShell and in cmd.exe. Both forms say the
/// same thing whenever they can (a word is bare, or between double quotes), so most commands are
/// shown once; they part where the shells read a word differently (issue 18).
/// </summary>
/// <remarks>
/// PowerShell (about_Quoting_Rules, about_Parsing): in a double-quoted string <c>$</c>, the
/// backtick and the double quotes (also U+201C-U+201E) are special; in a single-quoted string
/// only the single quotes (also U+2018-U+201B), written twice. A bare word must not start with
/// '-' (a parameter) and holds none of <c>&amp; ; | , ( ) { } @ # &lt; &gt; ' " ` $</c> or spaces.
/// cmd.exe (cmd /?, "Parsing C++ command-line arguments"): between double quotes
/// <c>&amp; | &lt; &gt; ^ ( )</c> are plain; it expands <c>%VAR%</c> even there (and <c>!VAR!</c>
/// with delayed expansion), has no escape for a double quote inside one, and hands the rest of
/// the line to the program, whose C runtime reads backslashes before a closing quote in pairs.
/// </remarks>
internal static class WindowsQuoting
{
    public const string PowerShell = "PowerShell";
    public const string Cmd = "cmd.exe";

    public static IReadOnlyList<(string? Shell, string Line)> Displays(CommandLine command)
    {
        var powerShell = PowerShellLine(command);
        var cmd = CmdLine(command, out var refusal);
        return cmd == powerShell
            ? [(null, powerShell)]
            : [(PowerShell, powerShell), (Cmd, cmd ?? $"not shown: {refusal}; run it from PowerShell")];
    }

    /// <summary>The words PowerShell and cmd.exe both read as one word without quotes.</summary>
    private static bool IsBare(string word) =>
        word.Length > 0 && word[0] != '-' && word.All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or ':' or '/' or '\\' or '=' or '+' or '-' or '*');

    private static string PowerShellLine(CommandLine command)
    {
        var program = PowerShellWord(command.Program);

        // A quoted program name is a string to PowerShell; the call operator runs it.
        var line = new StringBuilder(program == command.Program ? program : "& " + program);
        foreach (var argument in command.Arguments)
        {
            line.Append(' ').Append(PowerShellWord(argument));
        }

        return line.ToString();
    }

    private static string PowerShellWord(string word)
    {
        if (IsBare(word))
        {
            return word;
        }

        if (!word.Any(c => c is '$' or '`' or '"' or '\u201C' or '\u201D' or '\u201E'))
        {
            return $"\"{word}\"";
        }

        var quoted = new StringBuilder("'");
        foreach (var c in word)
        {
            quoted.Append(c);
            if (c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B')
            {
                quoted.Append(c);
            }
        }

        return quoted.Append('\'').ToString();
    }

    private static string? CmdLine(CommandLine command, out string? refusal)
    {
        var words = new List<string>();
        foreach (var word in new[] { command.Program }.Concat(command.Arguments))
        {
            if (CmdWord(word, out refusal) is not { } quoted)
            {
                return null;
            }

            words.Add(quoted);
        }

        refusal = null;
        return string.Join(' ', words);
    }

    private static string? CmdWord(string word, out string? refusal)
    {
        refusal = word.Contains('"', StringComparison.Ordinal) ? $"'{word}' holds '\"', which cmd.exe cannot carry inside quotes"
            : word.Contains('%', StringComparison.Ordinal) ? $"'{word}' holds '%', which cmd.exe expands even inside quotes"
            : word.Contains('!', StringComparison.Ordinal) ? $"'{word}' holds '!', which cmd.exe expands with delayed expansion"
            : null;
        if (refusal is not null)
        {
            return null;
        }

        if (IsBare(word))
        {
            return word;
        }

        // The program's C runtime reads 2n backslashes before the closing quote as n.
        var trailing = word.Length - word.TrimEnd('\\').Length;
        return "\"" + word + new string('\\', trailing) + "\"";
    }
}
