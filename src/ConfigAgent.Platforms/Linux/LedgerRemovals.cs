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
            Resource? removal = entry switch
            {
                AddressEntry address => new AddressResource(
                    address.Interface,
                    address.Address,
                    address.Label,
                    labelIsExplicit: false,
                    Ensure.Absent,
                    announceCount: 0) { Origin = origin, Purpose = Purpose },
                SysctlEntry sysctl => new SysctlResource(sysctl.Name, sysctl.Original, Ensure.Absent)
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
}
