using ConfigAgent.Graph;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Graph;

public sealed class ResourceGraphTests
{
    private static ResourceGraph GraphOf(params FakeResource[] resources)
    {
        var graph = new ResourceGraph();
        foreach (var resource in resources)
        {
            graph.Add(resource);
        }

        return graph;
    }

    private static ResourceId Id(string value) => new(value);

    [Fact]
    public void Edges_decide_the_order_before_rank()
    {
        var graph = GraphOf(new FakeResource("a:first", rank: 5), new FakeResource("b:second", rank: 1));
        graph.AddEdge(Id("a:first"), Id("b:second"), "a before b");

        Assert.Equal(["a:first", "b:second"], graph.Order().Select(r => r.Id.Value));
    }

    [Fact]
    public void Unrelated_resources_go_by_rank_then_id()
    {
        var graph = GraphOf(new FakeResource("x:b", rank: 2), new FakeResource("x:a", rank: 2), new FakeResource("x:z", rank: 1));

        Assert.Equal(["x:z", "x:a", "x:b"], graph.Order().Select(r => r.Id.Value));
    }

    [Fact]
    public void The_order_does_not_depend_on_insertion_order()
    {
        var ids = Enumerable.Range(0, 50).Select(i => $"r:{i:D2}").ToList();
        var forward = GraphOf([.. ids.Select(id => new FakeResource(id, rank: id.GetHashCode(StringComparison.Ordinal) & 3))]);
        var backward = GraphOf([.. ids.AsEnumerable().Reverse().Select(id => new FakeResource(id, rank: id.GetHashCode(StringComparison.Ordinal) & 3))]);
        for (var i = 0; i < 40; i += 3)
        {
            forward.AddEdge(Id(ids[i + 7]), Id(ids[i]), "e");
            backward.AddEdge(Id(ids[i + 7]), Id(ids[i]), "e");
        }

        Assert.Equal(forward.Order().Select(r => r.Id), backward.Order().Select(r => r.Id));
    }

    [Fact]
    public void A_cycle_is_reported_edge_by_edge_with_its_reasons()
    {
        var graph = GraphOf(new FakeResource("n:a"), new FakeResource("n:b"), new FakeResource("n:c"), new FakeResource("n:after"));
        graph.AddEdge(Id("n:a"), Id("n:b"), "a needs b");
        graph.AddEdge(Id("n:b"), Id("n:c"), "b needs c");
        graph.AddEdge(Id("n:c"), Id("n:a"), "c needs a");
        graph.AddEdge(Id("n:c"), Id("n:after"), "then after");

        var ordered = graph.TryOrder(out _, out var cycle);

        Assert.False(ordered);
        Assert.Equal(["n:a -> n:b (a needs b)", "n:b -> n:c (b needs c)", "n:c -> n:a (c needs a)"], cycle.Select(e => $"{e.From} -> {e.To} ({e.Reason})"));
        var exception = Assert.Throws<GraphCycleException>(graph.Order);
        Assert.Contains("n:a -> n:b (a needs b);", exception.Message);
    }

    [Fact]
    public void A_resource_that_waits_on_itself_is_a_cycle()
    {
        var graph = GraphOf(new FakeResource("n:a"));
        graph.AddEdge(Id("n:a"), Id("n:a"), "self");

        Assert.False(graph.TryOrder(out _, out var cycle));
        Assert.Equal("n:a", Assert.Single(cycle).To.Value);
    }

    [Fact]
    public void Ids_are_unique_and_edges_join_known_resources()
    {
        var graph = GraphOf(new FakeResource("n:a"));

        Assert.Throws<InvalidOperationException>(() => graph.Add(new FakeResource("n:a")));
        Assert.Throws<ArgumentException>(() => graph.AddEdge(Id("n:a"), Id("n:missing"), "x"));
    }

    [Fact]
    public void A_platforms_notes_reach_the_plan_once_even_when_everything_is_in_sync()
    {
        var graph = GraphOf(new FakeResource("n:a"));
        graph.AddNote("netsh settings persist by themselves");
        graph.AddNote("netsh settings persist by themselves");

        var plan = FakePlatform.Plan(graph, new FakeHost()).Plan;

        Assert.False(plan.HasChanges);
        Assert.Equal(["the files hold no desired-state document", "netsh settings persist by themselves"], plan.Notes);
    }
}
