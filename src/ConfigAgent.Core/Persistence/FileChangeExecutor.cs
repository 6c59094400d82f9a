using ConfigAgent.Engine;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Persistence;

/// <summary>
/// Sets file, link and managed-block changes on any platform: atomic writes, the previous content
/// kept as a backup, and an undo that puts back exactly what was there.
/// </summary>
public sealed class FileChangeExecutor(IFileSystem files, BackupStore backups)
{
    public AppliedStep Apply(FileChange change)
    {
        var path = change.Resource switch
        {
            FileResource file => file.Path,
            SymlinkResource link => link.Path,
            ManagedBlockResource block => block.Path,
            _ => throw new InvalidOperationException($"{change.Resource.Id} is not a file resource."),
        };

        var existing = change.Existing;
        if (existing.Content is { } old)
        {
            backups.Save(path, old, existing.Mode is { } mode ? (UnixFileMode)Convert.ToInt32(mode, 8) : FileModes.ReadWriteReadRead);
        }

        if (change.NewLinkTarget is { } target)
        {
            files.CreateSymlink(path, target);
        }
        else if (change.NewContent is { } content)
        {
            files.WriteAtomic(path, content, change.Mode);
        }
        else
        {
            files.Delete(path);
        }

        return new AppliedStep(change, () => Restore(path, existing));
    }

    private void Restore(string path, Facts.FileFacts existing)
    {
        if (!existing.Exists)
        {
            files.Delete(path);
        }
        else if (existing.LinkTarget is { } target)
        {
            files.CreateSymlink(path, target);
        }
        else if (existing.Content is { } content)
        {
            files.WriteAtomic(path, content, existing.Mode is { } mode ? (UnixFileMode)Convert.ToInt32(mode, 8) : FileModes.ReadWriteReadRead);
        }
    }
}
