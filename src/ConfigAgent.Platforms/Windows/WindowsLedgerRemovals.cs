using ConfigAgent.Documents;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;

namespace ConfigAgent.Platforms.Windows;

/// <summary>Interface parameters ConfigAgent changed and no document declares any more get back the value they had before.</summary>
internal static class WindowsLedgerRemovals
{
    public static void Add(ResourceGraph graph, Ledger ledger)
    {
        foreach (var entry in ledger.Entries.Where(e => e.Id.Kind == "netsh" && !graph.Contains(e.Id)))
        {
            graph.Add(new NetshSettingResource(Require(entry, "family"), Require(entry, "adapter"), Require(entry, "parameter"), Require(entry, "original"), Ensure.Absent)
            {
                Origin = LedgerOrigin.Span,
                Purpose = "changed by ConfigAgent and no longer declared: the value from before is put back",
            });
        }
    }

    private static string Require(LedgerEntry entry, string key) =>
        entry.Get(key) ?? throw new FormatException($"ledger entry {entry.Id} has no '{key}'");
}
