using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Observation;

namespace ConfigAgent.Planning;

/// <summary>Diffs the resource graph against observed facts: each resource, in apply order, tests itself.</summary>
public static class Planner
{
    public static IReadOnlyList<Change> Diff(IReadOnlyList<Resource> order, HostFacts facts)
    {
        var changes = new List<Change>();
        foreach (var resource in order)
        {
            if (resource.Test(facts) is { } change)
            {
                changes.Add(change);
            }
        }

        return changes;
    }

    /// <summary>What to observe so that every resource of <paramref name="graph"/> can be tested.</summary>
    public static ObservationScope ScopeOf(ResourceGraph graph)
    {
        var scope = new ObservationScope();
        foreach (var resource in graph.Resources)
        {
            resource.Scope(scope);
        }

        return scope;
    }
}
