using ConfigAgent.Graph;

namespace ConfigAgent.Ownership;

/// <summary>The ownership ledger: what ConfigAgent created on this host, by resource id.</summary>
public sealed class Ledger
{
    private readonly SortedDictionary<ResourceId, LedgerEntry> _entries = [];

    public Ledger(IEnumerable<LedgerEntry> entries)
    {
        foreach (var entry in entries)
        {
            _entries[entry.Id] = entry;
        }
    }

    public static Ledger Empty => new([]);

    public IReadOnlyCollection<LedgerEntry> Entries => _entries.Values;

    public LedgerEntry? Find(ResourceId id) => _entries.GetValueOrDefault(id);

    /// <summary>The entry of <paramref name="id"/> when it is of the kind <typeparamref name="T"/>.</summary>
    public T? Find<T>(ResourceId id)
        where T : LedgerEntry => Find(id) as T;

    public bool Owns(ResourceId id) => _entries.ContainsKey(id);

    public void Record(LedgerEntry entry) => _entries[entry.Id] = entry;

    public bool Forget(ResourceId id) => _entries.Remove(id);

    public Ledger Copy() => new(_entries.Values);
}
