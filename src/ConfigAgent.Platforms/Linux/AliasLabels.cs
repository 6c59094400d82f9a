namespace ConfigAgent.Platforms.Linux;

/// <summary>
/// Hands out &lt;interface&gt;:0, :1, ... to IPv4 addresses without a label of their own, after
/// the labels that are already settled: written ones, the ones the addresses carry on the host,
/// and the ones ConfigAgent gave them before. A VIP keeps its label (and the seed's ifcfg-lo:N
/// file keeps its name) when another one leaves the list.
/// </summary>
internal sealed class AliasLabels(string interfaceName, IEnumerable<string> taken)
{
    private readonly HashSet<string> _taken = new(taken, StringComparer.Ordinal);
    private int _next;

    /// <summary>Takes <paramref name="label"/> when it is an alias of this interface and still free.</summary>
    public bool TryTake(string? label) =>
        label is not null && label.StartsWith(interfaceName + ":", StringComparison.Ordinal) && _taken.Add(label);

    public string Next()
    {
        string label;
        do
        {
            label = $"{interfaceName}:{_next++}";
        }
        while (!_taken.Add(label));

        return label;
    }
}
