namespace ConfigAgent.Platforms.Linux;

/// <summary>
/// Hands out &lt;interface&gt;:0, :1, ... to IPv4 addresses without a label of their own, skipping
/// the labels written explicitly. The seed's persistence names its files after them (ifcfg-lo:0).
/// </summary>
internal sealed class AliasLabels(string interfaceName, IEnumerable<string> taken)
{
    private readonly HashSet<string> _taken = new(taken, StringComparer.Ordinal);
    private int _next;

    public string Next()
    {
        string label;
        do
        {
            label = $"{interfaceName}:{_next++}";
        }
        while (_taken.Contains(label));

        return label;
    }
}
