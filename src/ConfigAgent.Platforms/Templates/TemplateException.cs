using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace ConfigAgent.Platforms.Templates;

/// <summary>
/// A template that cannot render: one that does not parse, an override that names a value its
/// template class does not give, or an override left in Handlebars. The message starts with the
/// template file's position (<c>DIR/linux/sysctl.d.sbn:3:5</c>).
/// </summary>
internal sealed class TemplateException(string template, string message) : Exception(message)
{
    /// <summary>The template's name (linux/sysctl.d).</summary>
    public string Template { get; } = template;

    /// <summary>Scriban's zero-based span as <c>file:line:column</c>, one-based like every other position ConfigAgent prints.</summary>
    public static string Position(ScribanSpan span) => $"{span.FileName}:{span.Start.Line + 1}:{span.Start.Column + 1}";
}
