using ConfigAgent.Documents;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;

namespace ConfigAgent.Platforms.Windows;

/// <summary>Interface parameters ConfigAgent changed and no document declares any more get back the value they had before.</summary>
internal static class WindowsLedgerRemovals
{
    public static void Add(ResourceGraph graph, Ledger ledger)
    {
        foreach (var entry in ledger.Entries.OfType<NetshSettingEntry>().Where(e => !graph.Contains(e.Id)))
        {
            graph.Add(new NetshSettingResource(entry.Family, entry.Adapter, entry.Parameter, entry.Original, Ensure.Absent)
            {
                Origin = LedgerOrigin.Span,
                Purpose = "changed by ConfigAgent and no longer declared: the value from before is put back",
            });
        }
    }
}
