namespace ConfigAgent.Facts;

/// <summary>The operating system of a host, as far as persistence choices depend on it.</summary>
public sealed record OsFacts(string Id, string? Version, string? Name = null);
