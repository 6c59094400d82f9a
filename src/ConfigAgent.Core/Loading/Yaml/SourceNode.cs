using ConfigAgent.Diagnostics;

namespace ConfigAgent.Loading.Yaml;

/// <summary>
/// A YAML node with the position it was read from. The reader keeps positions for every node so
/// that each validation error can point at the exact line and column.
/// </summary>
public abstract class SourceNode(SourceSpan span)
{
    public SourceSpan Span { get; } = span;

    /// <summary>The number of nodes this one stands for once aliases are expanded (itself included).</summary>
    public long ExpandedSize { get; private protected set; } = 1;

    /// <summary>What the node is, for messages such as "expected a mapping, found a sequence".</summary>
    public abstract string KindName { get; }
}
