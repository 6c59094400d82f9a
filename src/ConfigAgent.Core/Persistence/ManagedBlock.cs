namespace ConfigAgent.Persistence;

/// <summary>
/// A block of lines ConfigAgent owns inside a file it shares with others (the seed's
/// /etc/sysctl.conf): everything outside the markers is kept byte for byte.
/// </summary>
public static class ManagedBlock
{
    public const string Begin = "# BEGIN ConfigAgent managed block: change the desired state, not these lines";
    public const string End = "# END ConfigAgent managed block";

    /// <summary>The text with the block set to <paramref name="block"/> (appended when the file has none).</summary>
    public static string Put(string text, string block)
    {
        var framed = Begin + "\n" + block + (block.Length == 0 || block.EndsWith('\n') ? "" : "\n") + End + "\n";
        if (Locate(text) is { } found)
        {
            return text[..found.Start] + framed + text[found.End..];
        }

        // A text file ends with a newline; one is added before the block when the last line lacks it.
        var separator = text.Length == 0 || text.EndsWith('\n') ? "" : "\n";
        return text + separator + framed;
    }

    /// <summary>The text without the block, everything else untouched.</summary>
    public static string Remove(string text) =>
        Locate(text) is { } found ? text[..found.Start] + text[found.End..] : text;

    public static bool Contains(string text) => Locate(text) is not null;

    /// <summary>Why the file's markers cannot be trusted (a begin without an end, two blocks), or null.</summary>
    public static string? Problem(string text)
    {
        var lines = text.Split('\n');
        var begins = lines.Count(l => l == Begin);
        var ends = lines.Count(l => l == End);
        if (begins == 0 && ends == 0)
        {
            return null;
        }

        if (begins != 1 || ends != 1)
        {
            return $"it holds {begins} begin and {ends} end markers of ConfigAgent's block: fix it by hand";
        }

        return Array.IndexOf(lines, Begin) < Array.IndexOf(lines, End) ? null : "its end marker comes before its begin marker: fix it by hand";
    }

    /// <summary>The character range of the block, markers and their newlines included.</summary>
    private static (int Start, int End)? Locate(string text)
    {
        var start = LineStart(text, Begin);
        if (start < 0)
        {
            return null;
        }

        var end = LineStart(text, End, start);
        if (end < 0)
        {
            return null;
        }

        var afterEnd = end + End.Length;
        return (start, afterEnd < text.Length && text[afterEnd] == '\n' ? afterEnd + 1 : afterEnd);
    }

    private static int LineStart(string text, string line, int from = 0)
    {
        for (var index = text.IndexOf(line, from, StringComparison.Ordinal); index >= 0; index = text.IndexOf(line, index + 1, StringComparison.Ordinal))
        {
            var atLineStart = index == 0 || text[index - 1] == '\n';
            var atLineEnd = index + line.Length == text.Length || text[index + line.Length] == '\n';
            if (atLineStart && atLineEnd)
            {
                return index;
            }
        }

        return -1;
    }
}
