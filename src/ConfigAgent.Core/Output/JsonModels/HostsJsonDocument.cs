namespace ConfigAgent.Output.JsonModels;

/// <summary>One document of the desired state: where it is written and the hosts it selects.</summary>
/// <param name="Source"><c>file:line:col</c> of the document.</param>
public sealed record HostsJsonDocument(string Name, string Source, IReadOnlyList<string> Hosts);
