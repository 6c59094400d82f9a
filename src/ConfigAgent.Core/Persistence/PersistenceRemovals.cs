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
        foreach (var entry in ledger.Entries.OfType<ArtefactEntry>().Where(e => !graph.Contains(e.Id)))
        {
            graph.Add(entry.Id.Kind switch
            {
                ArtefactEntry.FileKind => new FileResource(entry.Path, null, FileModes.ReadWriteReadRead, Ensure.Absent) { Origin = Origin, Purpose = Purpose },
                ArtefactEntry.LinkKind => new SymlinkResource(entry.Path, "", Ensure.Absent) { Origin = Origin, Purpose = Purpose },
                _ => new ManagedBlockResource(entry.Path, "", FileModes.ReadWriteReadRead, Ensure.Absent) { Origin = Origin, Purpose = Purpose },
            });
        }
    }

    private static SourceSpan Origin => LedgerOrigin.Span;
}
