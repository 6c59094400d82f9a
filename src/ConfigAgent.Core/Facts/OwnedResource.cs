using ConfigAgent.Graph;
using ConfigAgent.Ownership;

namespace ConfigAgent.Facts;

/// <summary>
/// An entry of the host's ownership ledger when its facts were recorded. With them an offline
/// plan removes what the desired state no longer declares, as apply on the host would, and the
/// removal guard shows in a pull request the hosts a change would empty (issue 17).
/// </summary>
public sealed record OwnedResource(string Id, IReadOnlyDictionary<string, string> Data, DateTimeOffset RecordedAt)
{
    public static IReadOnlyList<OwnedResource> From(Ledger ledger) =>
        [.. ledger.Entries.Select(e => new OwnedResource(e.Id.Value, e.Data, e.RecordedAt))];

    /// <summary>The ledger recorded facts carry: empty when they were recorded without it (captured hosts, older facts).</summary>
    public static Ledger LedgerOf(HostFacts facts) =>
        new((facts.Owned ?? []).Select(o => new LedgerEntry(new ResourceId(o.Id), o.Data, o.RecordedAt)));
}
