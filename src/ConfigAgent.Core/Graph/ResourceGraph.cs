namespace ConfigAgent.Graph;

/// <summary>
/// Resources and the ordering edges between them. The apply order is a topological order that is
/// deterministic: among resources free to go, the lowest rank goes first, then the lowest id.
/// </summary>
public sealed class ResourceGraph
{
    private readonly Dictionary<ResourceId, Resource> _resources = [];
    private readonly Dictionary<ResourceId, List<Edge>> _outgoing = [];
    private readonly Dictionary<ResourceId, List<Edge>> _incoming = [];
    private readonly List<Edge> _edges = [];
    private readonly List<string> _notes = [];

    public IReadOnlyCollection<Resource> Resources => _resources.Values;

    public IReadOnlyList<Edge> Edges => _edges;

    public int Count => _resources.Count;

    /// <summary>
    /// What the platform wants the operator to know about the whole host, whatever is in sync:
    /// "netsh settings persist by themselves", "the ARP sysctls are Linux's". Plans show them.
    /// </summary>
    public IReadOnlyList<string> Notes => _notes;

    public Resource this[ResourceId id] => _resources[id];

    public bool Contains(ResourceId id) => _resources.ContainsKey(id);

    public void Add(Resource resource)
    {
        if (!_resources.TryAdd(resource.Id, resource))
        {
            throw new InvalidOperationException($"The graph already holds {resource.Id}.");
        }
    }

    public void AddNote(string note)
    {
        if (!_notes.Contains(note))
        {
            _notes.Add(note);
        }
    }

    /// <summary>Orders <paramref name="from"/> before <paramref name="to"/>.</summary>
    public void AddEdge(ResourceId from, ResourceId to, string reason)
    {
        if (!_resources.ContainsKey(from) || !_resources.ContainsKey(to))
        {
            throw new ArgumentException($"An edge joins resources of the graph: {from} -> {to}.");
        }

        var edge = new Edge(from, to, reason);
        if (!_outgoing.TryGetValue(from, out var list))
        {
            _outgoing[from] = list = [];
        }

        list.Add(edge);
        if (!_incoming.TryGetValue(to, out var into))
        {
            _incoming[to] = into = [];
        }

        into.Add(edge);
        _edges.Add(edge);
    }

    public IReadOnlyList<Edge> EdgesFrom(ResourceId id) => _outgoing.TryGetValue(id, out var list) ? list : [];

    /// <summary>The edges that end at <paramref name="id"/>: what must be in force before it.</summary>
    public IReadOnlyList<Edge> EdgesTo(ResourceId id) => _incoming.TryGetValue(id, out var list) ? list : [];

    /// <summary>
    /// The apply order (Kahn's algorithm with a priority queue). When the edges hold a cycle,
    /// returns false and one cycle, edge by edge, so the report can say which reasons contradict.
    /// </summary>
    public bool TryOrder(out IReadOnlyList<Resource> order, out IReadOnlyList<Edge> cycle)
    {
        var inDegree = _resources.Keys.ToDictionary(id => id, _ => 0);
        foreach (var edge in _edges)
        {
            inDegree[edge.To]++;
        }

        var ready = new PriorityQueue<Resource, Resource>(ResourceOrder.Instance);
        foreach (var (id, degree) in inDegree)
        {
            if (degree == 0)
            {
                ready.Enqueue(_resources[id], _resources[id]);
            }
        }

        var result = new List<Resource>(_resources.Count);
        while (ready.TryDequeue(out var next, out _))
        {
            result.Add(next);
            foreach (var edge in EdgesFrom(next.Id))
            {
                if (--inDegree[edge.To] == 0)
                {
                    ready.Enqueue(_resources[edge.To], _resources[edge.To]);
                }
            }
        }

        if (result.Count == _resources.Count)
        {
            order = result;
            cycle = [];
            return true;
        }

        order = result;
        cycle = FindCycle(inDegree.Where(kv => kv.Value > 0).Select(kv => kv.Key).ToHashSet());
        return false;
    }

    /// <summary>The apply order; throws with the cycle when there is one.</summary>
    public IReadOnlyList<Resource> Order()
    {
        if (!TryOrder(out var order, out var cycle))
        {
            throw new GraphCycleException(cycle);
        }

        return order;
    }

    private List<Edge> FindCycle(HashSet<ResourceId> remaining)
    {
        // Every node left over by Kahn's algorithm still has a left-over predecessor, so walking
        // backwards along edges inside that set must revisit a node: the walk from its first
        // visit is a cycle. The start and each step are chosen deterministically.
        var incoming = _edges.Where(e => remaining.Contains(e.From) && remaining.Contains(e.To))
            .GroupBy(e => e.To)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.From).First());
        var backwards = new List<Edge>();
        var seenAt = new Dictionary<ResourceId, int>();
        var current = remaining.Min()!;
        while (!seenAt.ContainsKey(current))
        {
            seenAt[current] = backwards.Count;
            var edge = incoming[current];
            backwards.Add(edge);
            current = edge.From;
        }

        var cycle = backwards[seenAt[current]..];
        cycle.Reverse();
        return cycle;
    }

    private sealed class ResourceOrder : IComparer<Resource>
    {
        public static ResourceOrder Instance { get; } = new();

        public int Compare(Resource? x, Resource? y)
        {
            var rank = x!.Rank.CompareTo(y!.Rank);
            return rank != 0 ? rank : x.Id.CompareTo(y.Id);
        }
    }
}
