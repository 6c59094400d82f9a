namespace ConfigAgent.Platforms.Windows.Parsing;

/// <summary>netsh output as lines: CRLF (what netsh prints) and LF (what a copy often becomes) alike.</summary>
internal static class NetshText
{
    public static IReadOnlyList<string> Lines(string output) =>
        [.. output.Split('\n').Select(l => l.TrimEnd('\r'))];

    /// <summary>A "Label    : value" or "Label:   value" line split at its first colon; null when it has none.</summary>
    public static (string Label, string Value)? Field(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? null : (line[..colon].Trim(), line[(colon + 1)..].Trim());
    }
}
