using ConfigAgent.Documents;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;

namespace ConfigAgent.Platforms.Commands;

/// <summary>
/// Addresses ConfigAgent added (the ledger) that the documents no longer declare become removals,
/// on the platforms driven by commands. Things ConfigAgent never created are not in the ledger.
/// </summary>
internal static class AddressLedgerRemovals
{
    private const string Purpose = "created by ConfigAgent and no longer declared";

    public static void Add(ResourceGraph graph, Ledger ledger, IAddressCommands commands)
    {
        foreach (var entry in ledger.Entries.OfType<AddressEntry>().Where(e => !graph.Contains(e.Id)))
        {
            graph.Add(new CommandAddressResource(entry.Interface, entry.Address, Ensure.Absent, commands)
            {
                Origin = LedgerOrigin.Span,
                Purpose = Purpose,
            });
        }
    }

    /// <summary>An address leaving one interface is removed before it is added to another.</summary>
    public static void OrderMoves(ResourceGraph graph)
    {
        var addresses = graph.Resources.OfType<CommandAddressResource>().ToList();
        foreach (var removal in addresses.Where(a => a.Ensure == Ensure.Absent))
        {
            foreach (var arrival in addresses.Where(a => a.Ensure == Ensure.Present && a.Address.Address.Equals(removal.Address.Address)))
            {
                graph.AddEdge(removal.Id, arrival.Id, "the address leaves its old interface before it is added to the new one");
            }
        }
    }
}
