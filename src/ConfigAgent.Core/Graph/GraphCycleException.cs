namespace ConfigAgent.Graph;

/// <summary>The ordering edges contradict each other: no order satisfies them all.</summary>
public sealed class GraphCycleException(IReadOnlyList<Edge> cycle)
    : Exception("The resource graph has a cycle: " + Describe(cycle))
{
    public IReadOnlyList<Edge> Cycle { get; } = cycle;

    public static string Describe(IReadOnlyList<Edge> cycle) =>
        string.Join(" ", cycle.Select(e => $"{e.From} -> {e.To} ({e.Reason});"));
}
