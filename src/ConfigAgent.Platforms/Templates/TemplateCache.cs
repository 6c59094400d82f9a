using System.Collections.Concurrent;
using ConfigAgent.Persistence;

namespace ConfigAgent.Platforms.Templates;

/// <summary>
/// One renderer per override directory for the life of the process: Handlebars.Net compiles a
/// template once, then renders in microseconds. Its first compilation in a process costs tens of
/// milliseconds, so a short-lived command starts it on another core while it parses and observes.
/// </summary>
internal sealed class TemplateCache
{
    private const string Embedded = "";
    private readonly ConcurrentDictionary<string, HandlebarsTemplateRenderer> _renderers = new(StringComparer.Ordinal);

    /// <summary>The process's cache, shared by every platform (template names carry the platform: linux/..., aix/...).</summary>
    public static TemplateCache Shared { get; } = new();

    public ITemplateRenderer For(string? overrideDirectory) => Renderer(overrideDirectory ?? Embedded);

    /// <summary>Compiles the embedded templates of one platform (<c>linux/...</c>) in the background.</summary>
    public void Warm(string platform) => _ = Task.Run(() =>
    {
        var renderer = Renderer(Embedded);
        foreach (var template in HandlebarsTemplateRenderer.Embedded.Where(t => t.StartsWith(platform + "/", StringComparison.Ordinal)))
        {
            renderer.Prepare(template);
        }
    });

    private HandlebarsTemplateRenderer Renderer(string directory) =>
        _renderers.GetOrAdd(directory, d => new HandlebarsTemplateRenderer(d.Length == 0 ? null : d));
}
