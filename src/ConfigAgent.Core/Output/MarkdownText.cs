namespace ConfigAgent.Output;

/// <summary>
/// Text in a GitHub-flavoured markdown comment, escaped for the place it goes to: a code span
/// decodes nothing (an entity such as <c>&amp;lt;</c> shows as written, issue 18), plain text
/// decodes entities, and an HTML block is not markdown at all. Text from facts files or desired
/// state need not be well-formed: none of it may end its span, its table cell or its line.
/// </summary>
internal static class MarkdownText
{
    /// <summary>
    /// A code span that shows <paramref name="value"/> as it is: fenced by more backticks than
    /// the longest run inside it (CommonMark 6.1), padded where it starts or ends with a backtick
    /// or a space that the span would strip. In a table cell a pipe is written <c>\|</c>, which
    /// GFM's table parser turns back into a pipe before the span is read (GFM 4.10).
    /// </summary>
    public static string CodeSpan(string value, bool inTable)
    {
        var text = OneLine(value);
        if (inTable)
        {
            text = text.Replace("|", "\\|", StringComparison.Ordinal);
        }

        if (text.Length == 0 || text.All(c => c == ' '))
        {
            return text.Length == 0 ? "—" : $"`{text}`";
        }

        var fence = new string('`', LongestRun(text, '`') + 1);
        var pad = text[0] == '`' || text[^1] == '`' || (text[0] == ' ' && text[^1] == ' ') ? " " : "";
        return fence + pad + text + pad + fence;
    }

    /// <summary>Plain text: entities are decoded here, so '&lt;' cannot open HTML nor a backtick a code span; in a table, a pipe cannot end the cell.</summary>
    public static string Text(string value, bool inTable)
    {
        var text = value.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace("`", "\\`", StringComparison.Ordinal);
        return inTable
            ? text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings("<br>")
            : text.ReplaceLineEndings(" ");
    }

    /// <summary>
    /// A table cell of text that already is markdown (the hosts report's notes put document names
    /// in code spans): only what would end the cell, a pipe or a line break, is escaped.
    /// </summary>
    public static string MarkdownCell(string markdown) =>
        markdown.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);

    /// <summary>Text inside an HTML block (<c>&lt;summary&gt;</c>), where markdown is not read and HTML's escapes apply.</summary>
    public static string Html(string value) =>
        OneLine(value).Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A fenced code block's fence: longer than any run of backticks in <paramref name="content"/>, at least three.</summary>
    public static string Fence(string content) => new('`', Math.Max(3, LongestRun(content, '`') + 1));

    private static string OneLine(string value) => value.ReplaceLineEndings(" ");

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var x in text)
        {
            run = x == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
