using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;

namespace ConfigAgent.Persistence;

/// <summary>
/// Files, links and managed blocks ConfigAgent created that the current desired state no longer
/// renders become removals: an entry deleted from the YAML takes its boot artefact with it.
/// </summary>
public static class PersistenceRemovals
{
    private const string Purpose = "created by ConfigAgent and no longer declared";

    public static void Add(ResourceGraph graph, Ledger ledger)
    {
        foreach (var entry in ledger.Entries.Where(e => !graph.Contains(e.Id)))
        {
            var path = entry.Get("path") ?? entry.Id.Key;
            Resource? removal = entry.Id.Kind switch
            {
                "file" => new FileResource(path, null, FileModes.ReadWriteReadRead, Ensure.Absent) { Origin = Origin, Purpose = Purpose },
                "link" => new SymlinkResource(path, "", Ensure.Absent) { Origin = Origin, Purpose = Purpose },
                "block" => new ManagedBlockResource(path, "", FileModes.ReadWriteReadRead, Ensure.Absent) { Origin = Origin, Purpose = Purpose },
                _ => null,
            };
            if (removal is not null)
            {
                graph.Add(removal);
            }
        }
    }

    private static SourceSpan Origin => LedgerOrigin.Span;
}
