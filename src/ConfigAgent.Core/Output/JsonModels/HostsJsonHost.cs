namespace ConfigAgent.Output.JsonModels;

/// <summary>One host of the inventory: its labels in key order, the documents that select it, those that do not and why.</summary>
/// <param name="Platform">Null when its facts file cannot be read.</param>
public sealed record HostsJsonHost(
    string Host,
    string? Platform,
    string FactsFile,
    SortedDictionary<string, string> Labels,
    IReadOnlyList<string> Documents,
    IReadOnlyList<HostsJsonNotSelected> NotSelected,
    IReadOnlyList<string> Conflicts,
    IReadOnlyList<string> Errors);
