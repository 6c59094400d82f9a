using ConfigAgent.Graph;

namespace ConfigAgent.Ownership;

/// <summary>
/// Something ConfigAgent created (or changed) on the host, with what a platform needs to undo it
/// once it is no longer declared: an address and its interface, a sysctl and its value before.
/// </summary>
/// <param name="Data">Platform-specific fields (interface, address, prefix; original value).</param>
public sealed record LedgerEntry(ResourceId Id, IReadOnlyDictionary<string, string> Data, DateTimeOffset RecordedAt)
{
    public string? Get(string key) => Data.GetValueOrDefault(key);
}
