using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Observation;
using ConfigAgent.Ownership;

namespace ConfigAgent.Persistence;

/// <summary>
/// A whole file ConfigAgent renders and owns: an ifcfg file, a sysctl.d drop-in, a unit. Test
/// compares the content and the mode with the file on disk; the change carries a unified diff.
/// </summary>
public sealed class FileResource(string path, string? content, UnixFileMode mode, Ensure ensure = Ensure.Present) : Resource, IOwnable
{
    public const int FileRank = 30;

    public string Path { get; } = path;

    public string? Content { get; } = content;

    public UnixFileMode Mode { get; } = mode;

    public override ResourceId Id { get; } = ResourceId.Of(ArtefactEntry.FileKind, path);

    public override Ensure Ensure { get; } = ensure;

    public override ResourceSide Side => ResourceSide.Persisted;

    public override string Title => $"file {Path}";

    public override int Rank => FileRank;

    public override void Scope(ObservationScope scope) => scope.AddFile(Path);

    public override Change? Test(HostFacts facts)
    {
        if (!facts.Files.TryGetValue(Path, out var file))
        {
            return new FileChange(this, ChangeAction.Blocked, FileFacts.Missing, null, null, $"{Path} was not observed (the facts do not hold it)");
        }

        if (Ensure == Ensure.Absent)
        {
            return file.Exists
                ? new FileChange(this, ChangeAction.Delete, file, "present", null, $"{Path} exists") { Diff = UnifiedDiff.Create(file.Content, null, Path) }
                : null;
        }

        if (file.Problem is { } unreadable)
        {
            return new FileChange(this, ChangeAction.Blocked, file, null, null, $"{Path}: {unreadable}: ConfigAgent will not rewrite it");
        }

        var mode = FileModes.Text(Mode);
        if (file.IsDirectory || file.LinkTarget is not null)
        {
            return new FileChange(this, ChangeAction.Blocked, file, null, null, $"{Path} is a {(file.IsDirectory ? "directory" : "link")}, not a file: ConfigAgent will not replace it");
        }

        if (!file.Exists)
        {
            return new FileChange(this, ChangeAction.Create, file, null, $"{Lines(Content)}, mode {mode}", "missing")
            {
                NewContent = Content,
                Mode = Mode,
                Diff = UnifiedDiff.Create(null, Content, Path),
            };
        }

        var drift = new List<string>();
        if (file.Content != Content)
        {
            drift.Add("content differs");
        }

        if (file.Mode != mode)
        {
            drift.Add($"mode is {file.Mode}");
        }

        return drift.Count == 0
            ? null
            : new FileChange(this, ChangeAction.Update, file, $"{Lines(file.Content)}, mode {file.Mode}", $"{Lines(Content)}, mode {mode}", string.Join(", ", drift))
            {
                NewContent = Content,
                Mode = Mode,
                Diff = file.Content != Content ? UnifiedDiff.Create(file.Content, Content, Path) : null,
            };
    }

    public LedgerEntry? Ownership(Change change) =>
        Ensure == Ensure.Present && change.Action == ChangeAction.Create ? new ArtefactEntry(Id, Path) : null;

    public bool Releases(Change change) => change.Action == ChangeAction.Delete;

    private static string Lines(string? text)
    {
        var count = string.IsNullOrEmpty(text) ? 0 : text.TrimEnd('\n').Split('\n').Length;
        return $"{count} line{(count == 1 ? "" : "s")}";
    }
}
