namespace ConfigAgent.Diagnostics;

/// <summary>Collects every problem of a run so that all of them are reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<Diagnostic> _seen = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors { get; private set; }

    public void Error(SourceSpan span, string message) => Add(new Diagnostic(DiagnosticSeverity.Error, span, message));

    public void Warning(SourceSpan span, string message) => Add(new Diagnostic(DiagnosticSeverity.Warning, span, message));

    /// <summary>Adds a diagnostic; the same message at the same place is reported once.</summary>
    public void Add(Diagnostic diagnostic)
    {
        if (!_seen.Add(diagnostic))
        {
            return;
        }

        _items.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>File order, then position: the order a reviewer reads the files in.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Span.File, StringComparer.Ordinal)
            .ThenBy(x => x.d.Span.Line)
            .ThenBy(x => x.d.Span.Column)
            .ThenBy(x => x.i)
            .Select(x => x.d)];
}
