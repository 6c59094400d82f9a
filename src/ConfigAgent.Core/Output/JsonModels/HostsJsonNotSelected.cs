namespace ConfigAgent.Output.JsonModels;

/// <summary>A document that does not select the host, and why.</summary>
public sealed record HostsJsonNotSelected(string Document, string Reason);
