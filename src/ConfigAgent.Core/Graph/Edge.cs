namespace ConfigAgent.Graph;

/// <summary><paramref name="From"/> must be in force before <paramref name="To"/> is set; the reason says why.</summary>
public sealed record Edge(ResourceId From, ResourceId To, string Reason);
