using ConfigAgent.Diagnostics;

namespace ConfigAgent.Loading.Yaml;

public sealed class SourceScalar(SourceSpan span, string value, bool isQuoted) : SourceNode(span)
{
    public string Value { get; } = value;

    /// <summary>Quoted scalars are always strings; plain ones may be numbers, booleans or null.</summary>
    public bool IsQuoted { get; } = isQuoted;

    /// <summary>A plain <c>~</c>, <c>null</c> or empty scalar: YAML's null.</summary>
    public bool IsNull => !IsQuoted && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "null" : "a scalar";

    public override string ToString() => Value;
}
