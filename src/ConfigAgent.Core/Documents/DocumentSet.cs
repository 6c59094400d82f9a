namespace ConfigAgent.Documents;

/// <summary>Every valid document of the files given, in file order, with their revision.</summary>
/// <param name="Revision">A content hash of the files (<c>sha256:...</c>): what reports and metrics record.</param>
public sealed record DocumentSet(IReadOnlyList<DesiredStateDocument> Documents, string Revision)
{
    /// <summary>The first 12 hex digits of the revision, for humans.</summary>
    public string ShortRevision => Revision[(Revision.IndexOf(':', StringComparison.Ordinal) + 1)..][..12];
}
