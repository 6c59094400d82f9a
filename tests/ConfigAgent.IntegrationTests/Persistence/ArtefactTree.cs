using System.Text;

namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>Everything under a directory, by path relative to it: to compare trees byte for byte, or a tree with itself later.</summary>
internal static class ArtefactTree
{
    /// <summary>
    /// The tree under <paramref name="directory"/>, leaving out <paramref name="excluded"/> (the
    /// state directory, which is no artefact); with <paramref name="times"/>, modification times too.
    /// </summary>
    public static SortedDictionary<string, ArtefactEntry> Read(string directory, string? excluded = null, bool times = false)
    {
        var tree = new SortedDictionary<string, ArtefactEntry>(StringComparer.Ordinal);
        if (!Directory.Exists(directory))
        {
            return tree;
        }

        foreach (var path in Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories))
        {
            var relative = "/" + Path.GetRelativePath(directory, path);
            if (excluded is not null && (relative == excluded || relative.StartsWith(excluded + "/", StringComparison.Ordinal)))
            {
                continue;
            }

            var info = new FileInfo(path);
            DateTime? modified = times ? File.GetLastWriteTimeUtc(path) : null;
            tree[relative] = info.LinkTarget is { } target ? new ArtefactEntry("link", null, null, target, null)
                : Directory.Exists(path) ? new ArtefactEntry("directory", null, UnixModes.Of(path), null, modified)
                : new ArtefactEntry("file", Encoding.Latin1.GetString(File.ReadAllBytes(path)), UnixModes.Of(path), null, modified);
        }

        return tree;
    }
}
