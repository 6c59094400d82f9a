using ConfigAgent.Diagnostics;

namespace ConfigAgent.Loading.Yaml;

public sealed class SourceSequence(SourceSpan span) : SourceNode(span)
{
    private readonly List<SourceNode> _items = [];

    public IReadOnlyList<SourceNode> Items => _items;

    public override string KindName => "a sequence";

    internal void Add(SourceNode item)
    {
        _items.Add(item);
        ExpandedSize += item.ExpandedSize;
    }
}
