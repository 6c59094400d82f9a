using ConfigAgent.Graph;

namespace ConfigAgent.Ownership;

/// <summary>An entry of a kind this version does not know (a newer ConfigAgent wrote it): kept as it was read, never acted on.</summary>
public sealed record UnknownEntry(ResourceId Id, IReadOnlyDictionary<string, string> Fields) : LedgerEntry(Id);
