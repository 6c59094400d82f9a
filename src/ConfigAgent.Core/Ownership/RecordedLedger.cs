using ConfigAgent.Facts;
using ConfigAgent.Graph;

namespace ConfigAgent.Ownership;

/// <summary>The ledger as recorded facts carry it (<see cref="HostFacts.Owned"/>), both ways.</summary>
public static class RecordedLedger
{
    public static IReadOnlyList<OwnedResource> Record(Ledger ledger) =>
        [.. ledger.Entries.Select(e => new OwnedResource(e.Id.Value, e.Data, e.RecordedAt))];

    /// <summary>
    /// The ledger recorded facts carry: empty when they were recorded without it (captured hosts,
    /// older facts). An entry the ledger could not hold throws <see cref="FormatException"/>.
    /// </summary>
    public static Ledger Of(HostFacts facts) =>
        new((facts.Owned ?? []).Select(o => LedgerEntry.Read(new ResourceId(o.Id), o.Data, o.RecordedAt)));
}
