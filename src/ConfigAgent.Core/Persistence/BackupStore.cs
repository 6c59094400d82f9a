using System.Globalization;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Persistence;

/// <summary>
/// Keeps the previous content of every file ConfigAgent replaces or removes, under
/// <c>&lt;state&gt;/backups/&lt;path of the file&gt;/&lt;UTC time&gt;</c>, the newest few per file.
/// </summary>
public sealed class BackupStore(IFileSystem files, string stateDirectory, TimeProvider clock, int keep = BackupStore.DefaultKeep)
{
    public const int DefaultKeep = 5;

    public string DirectoryOf(string path) => $"{stateDirectory.TrimEnd('/')}/backups{path}";

    /// <summary>Saves <paramref name="content"/> as the newest backup of <paramref name="path"/> and drops the oldest beyond the limit.</summary>
    public string Save(string path, string content, UnixFileMode mode)
    {
        var directory = DirectoryOf(path);
        var name = clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmss.fffffff'Z'", CultureInfo.InvariantCulture);
        var backup = $"{directory}/{name}";
        files.WriteAtomic(backup, content, mode);
        foreach (var old in files.List(directory).Order(StringComparer.Ordinal).SkipLast(keep))
        {
            files.Delete($"{directory}/{old}");
        }

        return backup;
    }

    public IReadOnlyList<string> List(string path) => [.. files.List(DirectoryOf(path)).Order(StringComparer.Ordinal)];
}
