namespace ConfigAgent.Output;

/// <summary>
/// The formats one subject (a plan, a run, a fleet plan...) can be printed in: the one table a
/// command's <c>--format</c> reads its help text, the values it accepts, its default (the first)
/// and the renderer of each from. A new format is a row here, nowhere else.
/// </summary>
public sealed class OutputFormats<T>
{
    private readonly OutputFormat<T>[] _formats;
    private readonly string[] _names;

    public OutputFormats(params OutputFormat<T>[] formats)
    {
        if (formats.Length == 0)
        {
            throw new ArgumentException("a subject needs at least one format", nameof(formats));
        }

        _formats = formats;
        _names = new string[formats.Length];
        for (var i = 0; i < formats.Length; i++)
        {
            _names[i] = formats[i].Name;
        }
    }

    /// <summary>The format names in the order help lists them; the first is the default.</summary>
    public IReadOnlyList<string> Names => _names;

    public string Default => _formats[0].Name;

    /// <summary><paramref name="subject"/> in the format named <paramref name="format"/>, which must be one of <see cref="Names"/>.</summary>
    public string Render(T subject, string format, bool color)
    {
        var index = Array.IndexOf(_names, format);
        return index >= 0
            ? _formats[index].Render(subject, color)
            : throw new ArgumentException($"'{format}' is not one of the formats {string.Join(", ", _names)}", nameof(format));
    }
}
