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
    private const string ResourcePrefix = "template:";

    private readonly Lazy<IHandlebars> _handlebars = new(() => Handlebars.Create(new HandlebarsConfiguration { NoEscape = true }));
    private readonly ConcurrentDictionary<string, Lazy<HandlebarsTemplate<object, object>>> _compiled = new(StringComparer.Ordinal);

    /// <summary>The names of the embedded templates (linux/ifcfg-alias, ...).</summary>
    public static IEnumerable<string> Embedded =>
        typeof(HandlebarsTemplateRenderer).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..]);

    public string Render(string template, IReadOnlyDictionary<string, object?> model) => Compiled(template)(model);

    /// <summary>Compiles a template now, so that a later render finds it ready (see <see cref="TemplateCache.Warm"/>).</summary>
    public void Prepare(string template) => _ = Compiled(template);

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

        using var stream = typeof(HandlebarsTemplateRenderer).Assembly.GetManifestResourceStream(ResourcePrefix + template)
            ?? throw new ArgumentException($"There is no template '{template}'.", nameof(template));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // Lazy values: a render that races the warm-up waits for the one compilation instead of doing a second.
    private HandlebarsTemplate<object, object> Compiled(string template) =>
        _compiled.GetOrAdd(template, name => new(() => _handlebars.Value.Compile(Source(name)))).Value;
}
