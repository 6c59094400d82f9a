using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Observation;
using ConfigAgent.Ownership;

namespace ConfigAgent.Persistence;

/// <summary>
/// ConfigAgent's block of lines inside a shared file (/etc/sysctl.conf). Present: the block holds
/// exactly the given lines; absent: there is no block. Other lines are never touched.
/// </summary>
public sealed class ManagedBlockResource(string path, string block, UnixFileMode modeIfCreated, Ensure ensure = Ensure.Present) : Resource, IOwnable
{
    public string Path { get; } = path;

    public string Block { get; } = block;

    public override ResourceId Id { get; } = ResourceId.Of(ArtefactEntry.BlockKind, path);

    public override Ensure Ensure { get; } = ensure;

    public override ResourceSide Side => ResourceSide.Persisted;

    public override string Title => $"managed block in {Path}";

    public override int Rank => FileResource.FileRank;

    public override void Scope(ObservationScope scope) => scope.AddFile(Path);

    public override Change? Test(HostFacts facts)
    {
        if (!facts.Files.TryGetValue(Path, out var file))
        {
            return new FileChange(this, ChangeAction.Blocked, FileFacts.Missing, null, null, $"{Path} was not observed (the facts do not hold it)");
        }

        if (file.Problem is { } unreadable)
        {
            return new FileChange(this, ChangeAction.Blocked, file, null, null, $"{Path}: {unreadable}: ConfigAgent will not rewrite it");
        }

        if (file.IsDirectory || file.LinkTarget is not null)
        {
            return new FileChange(this, ChangeAction.Blocked, file, null, null, $"{Path} is not a regular file");
        }

        var current = file.Content ?? "";
        if (ManagedBlock.Problem(current) is { } problem)
        {
            return new FileChange(this, ChangeAction.Blocked, file, null, null, $"{Path}: {problem}");
        }

        var desired = Ensure == Ensure.Present ? ManagedBlock.Put(current, Block) : ManagedBlock.Remove(current);
        if (desired == current && (file.Exists || Ensure == Ensure.Absent))
        {
            return null;
        }

        var had = ManagedBlock.Contains(current);
        var action = Ensure == Ensure.Absent ? ChangeAction.Delete : had ? ChangeAction.Update : ChangeAction.Create;
        var reason = action switch
        {
            ChangeAction.Delete => "the block is no longer declared",
            ChangeAction.Create => file.Exists ? $"{Path} has no ConfigAgent block" : $"{Path} does not exist",
            _ => "the block's lines differ",
        };
        return new FileChange(this, action, file, had ? "block present" : null, Ensure == Ensure.Present ? "block present" : null, reason)
        {
            NewContent = desired,
            Mode = file.Mode is { } mode ? (UnixFileMode)Convert.ToInt32(mode, 8) : modeIfCreated,
            Diff = UnifiedDiff.Create(file.Exists ? current : null, desired, Path),
        };
    }

    public LedgerEntry? Ownership(Change change) =>
        Ensure == Ensure.Present && change.Action == ChangeAction.Create ? new ArtefactEntry(Id, Path) : null;

    public bool Releases(Change change) => change.Action == ChangeAction.Delete;
}
