using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Observation;
using ConfigAgent.Ownership;

namespace ConfigAgent.Persistence;

/// <summary>A symbolic link: rc2.d's S09dsr_start, a systemd unit's enablement under *.wants/.</summary>
public sealed class SymlinkResource(string path, string target, Ensure ensure = Ensure.Present) : Resource, IOwnable
{
    public string Path { get; } = path;

    public string Target { get; } = target;

    public override ResourceId Id { get; } = ResourceId.Of(ArtefactEntry.LinkKind, path);

    public override Ensure Ensure { get; } = ensure;

    public override ResourceSide Side => ResourceSide.Persisted;

    public override string Title => $"link {Path}";

    public override string Summary => Ensure == Ensure.Present ? $"link {Path} -> {Target}" : Title;

    // After the file it points to.
    public override int Rank => FileResource.FileRank + 1;

    public override void Scope(ObservationScope scope) => scope.AddFile(Path);

    public override Change? Test(HostFacts facts)
    {
        if (!facts.Files.TryGetValue(Path, out var file))
        {
            return new FileChange(this, ChangeAction.Blocked, FileFacts.Missing, null, null, $"{Path} was not observed (the facts do not hold it)");
        }

        if (Ensure == Ensure.Absent)
        {
            return file.LinkTarget is not null
                ? new FileChange(this, ChangeAction.Delete, file, $"-> {file.LinkTarget}", null, $"{Path} exists")
                : null;
        }

        if (file.Exists && file.LinkTarget is null)
        {
            return new FileChange(this, ChangeAction.Blocked, file, null, $"-> {Target}", $"{Path} is a {(file.IsDirectory ? "directory" : "regular file")}, not a link: ConfigAgent will not replace it");
        }

        if (file.LinkTarget == Target)
        {
            return null;
        }

        return new FileChange(this, file.Exists ? ChangeAction.Update : ChangeAction.Create, file, file.LinkTarget is { } old ? $"-> {old}" : null, $"-> {Target}", file.Exists ? $"points to {file.LinkTarget}" : "missing")
        {
            NewLinkTarget = Target,
        };
    }

    public LedgerEntry? Ownership(Change change) =>
        Ensure == Ensure.Present && change.Action == ChangeAction.Create ? new ArtefactEntry(Id, Path) : null;

    public bool Releases(Change change) => change.Action == ChangeAction.Delete;
}
