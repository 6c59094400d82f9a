namespace ConfigAgent.Agent.Configuration;

/// <summary>A git repository the agent pulls its desired state from.</summary>
/// <param name="Path">The directory of documents inside the repository.</param>
public sealed record GitSource(string Url, string Branch, string Path);
