using System.Globalization;
using ConfigAgent.Documents;
using ConfigAgent.Graph;

namespace ConfigAgent.Ownership;

/// <summary>
/// Something ConfigAgent created (or changed) on the host, with what it needs to undo it once it is
/// no longer declared: one record per kind (<see cref="AddressEntry"/>, <see cref="SysctlEntry"/>,
/// <see cref="NetshSettingEntry"/>, <see cref="ArtefactEntry"/>). This file alone maps them to and
/// from the text fields the ledger file stores, so that its shape stays the one older versions
/// wrote and read.
/// </summary>
public abstract record LedgerEntry
{
    private protected LedgerEntry(ResourceId id) => Id = id;

    public ResourceId Id { get; }

    /// <summary>When the entry was written ahead of the change (set by the apply engine).</summary>
    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>The entry's fields as the ledger file stores them.</summary>
    public IReadOnlyDictionary<string, string> Data => this switch
    {
        AddressEntry address => Fields(
            ("interface", address.Interface),
            ("address", address.Address.Address.ToString()),
            ("prefix", address.Address.PrefixLength.ToString(CultureInfo.InvariantCulture)),
            ("label", address.Label)),
        SysctlEntry sysctl => Fields(("name", sysctl.Name.Text), ("original", sysctl.Original)),
        NetshSettingEntry netsh => Fields(("family", netsh.Family), ("adapter", netsh.Adapter), ("parameter", netsh.Parameter), ("original", netsh.Original)),
        ArtefactEntry artefact => Fields(("path", artefact.Path)),
        UnknownEntry unknown => unknown.Fields,
        _ => throw new InvalidOperationException($"{GetType().Name} has no stored form."),
    };

    /// <summary>
    /// An entry as the ledger file stores it. A kind this version does not know (a newer one wrote
    /// it) is kept as it is; a known kind without the fields it needs throws <see cref="FormatException"/>.
    /// </summary>
    public static LedgerEntry Read(ResourceId id, IReadOnlyDictionary<string, string> data, DateTimeOffset recordedAt)
    {
        string Require(string key) => data.GetValueOrDefault(key) ?? throw new FormatException($"ledger entry {id} has no '{key}'");

        LedgerEntry entry = id.Kind switch
        {
            AddressEntry.Kind => new AddressEntry(
                id,
                Require("interface"),
                InterfaceAddress.TryParse($"{Require("address")}/{Require("prefix")}", out var address, out var error)
                    ? address
                    : throw new FormatException($"ledger entry {id}: {error}"),
                data.GetValueOrDefault("label")),
            SysctlEntry.Kind => new SysctlEntry(
                id,
                SysctlName.TryParse(Require("name"), out var name, out var problem) ? name : throw new FormatException($"ledger entry {id}: {problem}"),
                Require("original")),
            NetshSettingEntry.Kind => new NetshSettingEntry(id, Require("family"), Require("adapter"), Require("parameter"), Require("original")),
            ArtefactEntry.FileKind or ArtefactEntry.LinkKind or ArtefactEntry.BlockKind => new ArtefactEntry(id, data.GetValueOrDefault("path") ?? id.Key),
            _ => new UnknownEntry(id, data),
        };
        return entry with { RecordedAt = recordedAt };
    }

    private static Dictionary<string, string> Fields(params (string Key, string? Value)[] fields) =>
        fields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!, StringComparer.Ordinal);
}
