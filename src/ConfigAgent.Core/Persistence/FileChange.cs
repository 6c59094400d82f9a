using ConfigAgent.Facts;
using ConfigAgent.Graph;

namespace ConfigAgent.Persistence;

/// <summary>A change to a file or link, with what is there now (for the backup and the rollback) and what will be.</summary>
public sealed class FileChange(Resource resource, ChangeAction action, FileFacts existing, string? before, string? after, string reason)
    : Change(resource, action, before, after, reason)
{
    /// <summary>The file as observed when the plan was made.</summary>
    public FileFacts Existing { get; } = existing;

    /// <summary>The whole content to write (a managed block's file with the block replaced); null for a removal or a link.</summary>
    public string? NewContent { get; init; }

    /// <summary>The link target to create; null unless the resource is a link.</summary>
    public string? NewLinkTarget { get; init; }

    public UnixFileMode Mode { get; init; }
}
