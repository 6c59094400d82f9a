using System.Collections.Concurrent;
using ConfigAgent.Persistence;
using HandlebarsDotNet;

namespace ConfigAgent.Platforms.Templates;

/// <summary>
/// Renders the artefact templates with Handlebars.Net (Scriban, the first choice, is not on the
/// package mirror). Templates ship embedded; a file <c>&lt;name&gt;.hbs</c> in the override
/// directory replaces the embedded one. Output is not HTML: nothing is escaped, which is safe
/// because every value in a model was validated to its type before it got here.
/// </summary>
internal sealed class HandlebarsTemplateRenderer(string? overrideDirectory = null) : ITemplateRenderer
{
    private readonly IHandlebars _handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });
    private readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> _compiled = new(StringComparer.Ordinal);

    public string Render(string template, IReadOnlyDictionary<string, object?> model) =>
        _compiled.GetOrAdd(template, name => _handlebars.Compile(Source(name)))(model);

    /// <summary>The template's text: the override when there is one, else the embedded one.</summary>
    public string Source(string template)
    {
        if (overrideDirectory is not null)
        {
            var path = Path.Combine(overrideDirectory, template + ".hbs");
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        using var stream = typeof(HandlebarsTemplateRenderer).Assembly.GetManifestResourceStream("template:" + template)
            ?? throw new ArgumentException($"There is no template '{template}'.", nameof(template));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
