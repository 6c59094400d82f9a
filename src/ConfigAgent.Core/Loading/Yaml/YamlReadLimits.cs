namespace ConfigAgent.Loading.Yaml;

/// <summary>
/// Bounds that keep a desired-state file small to parse. A document of 10,000 VIPs is about
/// 40,000 nodes and 300 KB; the defaults leave an order of magnitude of room above that.
/// </summary>
public sealed record YamlReadLimits
{
    public static YamlReadLimits Default { get; } = new();

    public long MaxFileBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Nodes per document after aliases are expanded: the defence against alias bombs.</summary>
    public long MaxExpandedNodes { get; init; } = 1_000_000;

    public int MaxDepth { get; init; } = 64;

    public int MaxScalarLength { get; init; } = 64 * 1024;
}
