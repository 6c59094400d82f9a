using System.Collections.Concurrent;
using ConfigAgent.Persistence;

namespace ConfigAgent.Platforms.Templates;

/// <summary>
/// One renderer per override directory for the life of the process: Handlebars.Net compiles a
/// template once (its first compilation costs tens of milliseconds), then renders in microseconds.
/// </summary>
internal sealed class TemplateCache
{
    private const string Embedded = "";
    private readonly ConcurrentDictionary<string, HandlebarsTemplateRenderer> _renderers = new(StringComparer.Ordinal);

    public ITemplateRenderer For(string? overrideDirectory) =>
        _renderers.GetOrAdd(overrideDirectory ?? Embedded, directory => new HandlebarsTemplateRenderer(directory.Length == 0 ? null : directory));
}
