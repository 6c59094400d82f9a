namespace ConfigAgent.Graph;

/// <summary>
/// A resource's stable identity across runs, <c>kind:key</c> (<c>sysctl:net.ipv4.conf.all.arp_ignore</c>,
/// <c>address:lo/192.0.2.10</c>): the ledger, reports and plans refer to resources by it.
/// </summary>
/// <remarks>
/// A class rather than a struct: collections keyed by it then share the runtime's precompiled
/// code for reference types instead of being JIT-compiled at start-up for a value type.
/// </remarks>
public sealed record ResourceId(string Value) : IComparable<ResourceId>
{
    public static ResourceId Of(string kind, string key) => new($"{kind}:{key}");

    public string Kind => Value[..Value.IndexOf(':', StringComparison.Ordinal)];

    public string Key => Value[(Value.IndexOf(':', StringComparison.Ordinal) + 1)..];

    public int CompareTo(ResourceId? other) => string.CompareOrdinal(Value, other?.Value);

    public override string ToString() => Value;
}
