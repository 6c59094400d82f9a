using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;

namespace ConfigAgent.Composition;

/// <summary>The per-platform sections of a host's documents, merged: the first document that sets an option decides it.</summary>
internal static class PlatformOptionMerge
{
    // Plain loops rather than LINQ over nullable values: this runs in every short-lived CLI
    // process, where each generic instantiation over a value type is JIT-compiled at start-up.
    public static LinuxOptions Linux(IReadOnlyList<DesiredStateDocument> documents)
    {
        var merged = new LinuxOptions(null, null, SourceSpan.None("defaults"));
        foreach (var options in documents.Select(d => d.Linux).OfType<LinuxOptions>())
        {
            merged = new LinuxOptions(
                merged.Addresses ?? options.Addresses,
                merged.Sysctls ?? options.Sysctls,
                merged.Span.IsInFile ? merged.Span : options.Span);
        }

        return merged;
    }

    public static AixOptions Aix(IReadOnlyList<DesiredStateDocument> documents)
    {
        var merged = new AixOptions(null, null, null, SourceSpan.None("defaults"));
        foreach (var options in documents.Select(d => d.Aix).OfType<AixOptions>())
        {
            merged = new AixOptions(
                merged.Persistence ?? options.Persistence,
                merged.Script ?? options.Script,
                merged.Link ?? options.Link,
                merged.Span.IsInFile ? merged.Span : options.Span);
        }

        return merged;
    }

    public static WindowsOptions Windows(IReadOnlyList<DesiredStateDocument> documents)
    {
        var merged = new WindowsOptions(null, null, [], null, SourceSpan.None("defaults"));
        foreach (var options in documents.Select(d => d.Windows).OfType<WindowsOptions>())
        {
            merged = new WindowsOptions(
                merged.LoopbackAdapter ?? options.LoopbackAdapter,
                merged.CreateLoopback ?? options.CreateLoopback,
                [.. merged.Nics.Concat(options.Nics).Distinct(StringComparer.Ordinal)],
                merged.Metric ?? options.Metric,
                merged.Span.IsInFile ? merged.Span : options.Span);
        }

        return merged;
    }
}
