namespace ConfigAgent.Documents;

/// <summary>Every valid document of the files given, in file order, with their revision.</summary>
public sealed class DocumentSet(IReadOnlyList<DesiredStateDocument> documents, Task<string> revision)
{
    public DocumentSet(IReadOnlyList<DesiredStateDocument> documents, string revision)
        : this(documents, Task.FromResult(revision))
    {
    }

    public IReadOnlyList<DesiredStateDocument> Documents { get; } = documents;

    /// <summary>
    /// A content hash of the files (<c>xxh128:...</c>): what reports and metrics record. Computed
    /// on another core while the run goes on.
    /// </summary>
    public string Revision => revision.GetAwaiter().GetResult();

    /// <summary>The first 12 hex digits of the revision, for humans.</summary>
    public string ShortRevision => Revision[(Revision.IndexOf(':', StringComparison.Ordinal) + 1)..][..12];
}
