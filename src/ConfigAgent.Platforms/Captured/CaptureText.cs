namespace ConfigAgent.Platforms.Captured;

/// <summary>Captured command output as stored in a file: a header of '#' lines may say where it came from.</summary>
internal static class CaptureText
{
    /// <summary>
    /// The output without its header: the leading lines that start with '#' (and the one blank
    /// line after them). Real AIX ifconfig and netsh listings never start with '#'.
    /// </summary>
    public static string WithoutHeader(string text)
    {
        var position = 0;
        var hadHeader = false;
        while (position < text.Length && text[position] == '#')
        {
            var end = text.IndexOf('\n', position);
            position = end < 0 ? text.Length : end + 1;
            hadHeader = true;
        }

        if (hadHeader && position < text.Length && text[position] is '\n' or '\r')
        {
            position = text.IndexOf('\n', position) + 1;
        }

        return text[position..];
    }
}
