using ConfigAgent.Graph;
using ConfigAgent.Ownership;
using ConfigAgent.Platforms.Commands;

namespace ConfigAgent.Platforms.Resources;

/// <summary>
/// What ConfigAgent created or changed (the ledger) and the documents no longer declare becomes a
/// removal, on every platform: an address is deleted, a setting gets back the value it had before.
/// Things ConfigAgent never created are not in the ledger and are never touched. (Boot artefacts
/// are the core's <c>PersistenceRemovals</c>.)
/// </summary>
internal static class LedgerRemovals
{
    public const string Purpose = "created by ConfigAgent and no longer declared";

    /// <param name="addresses">How the platform removes an address by command; null where its executor does (Linux).</param>
    /// <param name="restore">The platform's resource that puts back a setting it changed (a sysctl, a netsh setting); null for other kinds.</param>
    public static void Add(ResourceGraph graph, Ledger ledger, IAddressCommands? addresses, Func<LedgerEntry, Resource?> restore)
    {
        foreach (var entry in ledger.Entries.Where(e => !graph.Contains(e.Id)))
        {
            if ((entry is AddressEntry address ? AddressResource.Removal(address, addresses) : restore(entry)) is { } removal)
            {
                graph.Add(removal);
            }
        }
    }
}
