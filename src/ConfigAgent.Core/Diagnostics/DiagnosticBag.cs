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

    /// <summary>File order, then position: the order a reviewer reads the files in (stable otherwise).</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        var sorted = new List<Diagnostic>(_items);
        var index = new Dictionary<Diagnostic, int>(_items.Count);
        for (var i = 0; i < _items.Count; i++)
        {
            index[_items[i]] = i;
        }

        sorted.Sort((a, b) =>
        {
            var order = string.CompareOrdinal(a.Span.File, b.Span.File);
            order = order != 0 ? order : a.Span.Line.CompareTo(b.Span.Line);
            order = order != 0 ? order : a.Span.Column.CompareTo(b.Span.Column);
            return order != 0 ? order : index[a].CompareTo(index[b]);
        });
        return sorted;
    }
}
