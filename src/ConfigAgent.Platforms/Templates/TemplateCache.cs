using System.Collections.Concurrent;

namespace ConfigAgent.Platforms.Templates;

/// <summary>
/// One template set per override directory for the life of the process: Scriban parses a
/// template once, then renders it in microseconds. Parsing all of a platform's templates costs
/// a fresh Native AOT process about 0.3 ms, so they are parsed when first rendered: starting them
/// on another core, as the Handlebars templates were, no longer shortens a plan (bench/README.md).
/// </summary>
internal sealed class TemplateCache
{
    private const string Embedded = "";
    private readonly ConcurrentDictionary<string, TemplateSet> _sets = new(StringComparer.Ordinal);

    /// <summary>The process's cache, shared by every platform (template names carry the platform: linux/..., aix/...).</summary>
    public static TemplateCache Shared { get; } = new();

    public TemplateSet For(string? overrideDirectory) => Set(overrideDirectory ?? Embedded);

    private TemplateSet Set(string directory) =>
        _sets.GetOrAdd(directory, d => new TemplateSet(d.Length == 0 ? null : d));
}
