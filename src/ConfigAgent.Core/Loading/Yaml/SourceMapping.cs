using ConfigAgent.Diagnostics;

namespace ConfigAgent.Loading.Yaml;

public sealed class SourceMapping(SourceSpan span) : SourceNode(span)
{
    private readonly List<KeyValuePair<SourceScalar, SourceNode>> _entries = [];

    /// <summary>The entries in file order. Duplicate keys are rejected by the reader.</summary>
    public IReadOnlyList<KeyValuePair<SourceScalar, SourceNode>> Entries => _entries;

    public override string KindName => "a mapping";

    public SourceNode? this[string key]
    {
        get
        {
            foreach (var entry in _entries)
            {
                if (entry.Key.Value == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    internal bool ContainsKey(string key) => this[key] is not null;

    internal void Add(SourceScalar key, SourceNode value)
    {
        _entries.Add(new(key, value));
        ExpandedSize += 1 + value.ExpandedSize;
    }
}
