using System.Collections.Concurrent;

namespace ConfigAgent.Platforms.Templates;

/// <summary>
/// One template set per override directory for the life of the process: Scriban parses a
/// template once, then renders it in microseconds. The first parse and the first render context
/// in a process cost more, so a short-lived command starts them on another core while it parses
/// and observes.
/// </summary>
internal sealed class TemplateCache
{
    private const string Embedded = "";
    private readonly ConcurrentDictionary<string, TemplateSet> _sets = new(StringComparer.Ordinal);

    /// <summary>The process's cache, shared by every platform (template names carry the platform: linux/..., aix/...).</summary>
    public static TemplateCache Shared { get; } = new();

    public TemplateSet For(string? overrideDirectory) => Set(overrideDirectory ?? Embedded);

    /// <summary>Parses the embedded templates of one platform (<c>linux/...</c>) in the background.</summary>
    public void Warm(string platform) => _ = Task.Run(() =>
    {
        var set = Set(Embedded);
        foreach (var template in TemplateSet.Embedded.Where(t => t.StartsWith(platform + "/", StringComparison.Ordinal)))
        {
            set.Prepare(template);
        }
    });

    private TemplateSet Set(string directory) =>
        _sets.GetOrAdd(directory, d => new TemplateSet(d.Length == 0 ? null : d));
}
