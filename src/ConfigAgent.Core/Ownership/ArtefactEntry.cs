using ConfigAgent.Graph;

namespace ConfigAgent.Ownership;

/// <summary>A boot artefact ConfigAgent created (a file, a link, a managed block): removed once the desired state no longer renders it.</summary>
public sealed record ArtefactEntry(ResourceId Id, string Path) : LedgerEntry(Id)
{
    public const string FileKind = "file";
    public const string LinkKind = "link";
    public const string BlockKind = "block";
}
