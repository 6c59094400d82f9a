using ConfigAgent.Documents;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;
using ConfigAgent.Platforms.Linux.Resources;

namespace ConfigAgent.Platforms.Linux;

/// <summary>
/// What ConfigAgent created (the ledger) and the documents no longer declare becomes a removal:
/// the address is deleted, the sysctl gets back the value it had before. Things ConfigAgent never
/// created are not in the ledger and are never touched.
/// </summary>
internal static class LedgerRemovals
{
    private const string Purpose = "created by ConfigAgent and no longer declared";

    public static void Add(ResourceGraph graph, Ledger ledger)
    {
        foreach (var entry in ledger.Entries)
        {
            if (graph.Contains(entry.Id))
            {
                continue;
            }

            var origin = LedgerOrigin.Span;
            Resource? removal = entry.Id.Kind switch
            {
                "address" => new AddressResource(
                    Require(entry, "interface"),
                    ParseAddress(entry),
                    entry.Get("label"),
                    labelIsExplicit: false,
                    Ensure.Absent,
                    announceCount: 0) { Origin = origin, Purpose = Purpose },
                "sysctl" => new SysctlResource(ParseName(entry), Require(entry, "original"), Ensure.Absent)
                {
                    Origin = origin,
                    Purpose = "changed by ConfigAgent and no longer declared: the value from before is restored",
                },
                _ => null,
            };
            if (removal is not null)
            {
                graph.Add(removal);
            }
        }
    }

    private static InterfaceAddress ParseAddress(LedgerEntry entry)
    {
        var text = $"{Require(entry, "address")}/{Require(entry, "prefix")}";
        return InterfaceAddress.TryParse(text, out var address, out var error)
            ? address
            : throw new FormatException($"ledger entry {entry.Id}: {error}");
    }

    private static SysctlName ParseName(LedgerEntry entry) =>
        SysctlName.TryParse(Require(entry, "name"), out var name, out var error)
            ? name
            : throw new FormatException($"ledger entry {entry.Id}: {error}");

    private static string Require(LedgerEntry entry, string key) =>
        entry.Get(key) ?? throw new FormatException($"ledger entry {entry.Id} has no '{key}'");
}
