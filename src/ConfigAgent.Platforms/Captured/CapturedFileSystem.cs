using ConfigAgent.Facts;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Platforms.Captured;

/// <summary>
/// The host's files as captured: <c>DIR/files/&lt;host path&gt;</c> holds copies (links as
/// links, <c>cp -pP</c>), and <c>DIR/files.txt</c> lists the host paths the operator looked at,
/// one a line. A listed path without a copy did not exist on the host; a path neither listed nor
/// copied was not observed, and the facts leave it out so that a plan reports it as unknown
/// instead of guessing that it is missing.
/// </summary>
internal sealed class CapturedFileSystem : IFileSystem
{
    private readonly string _files;
    private readonly HashSet<string> _listed;

    public CapturedFileSystem(string directory)
    {
        _files = Path.Combine(directory, "files");
        var list = Path.Combine(directory, "files.txt");
        _listed = File.Exists(list)
            ? [.. File.ReadAllLines(list).Select(l => l.Trim()).Where(l => l.StartsWith('/'))]
            : [];
    }

    public string Root => _files;

    /// <summary>The host paths the operator looked at (DIR/files.txt).</summary>
    public IReadOnlyCollection<string> Listed => _listed;

    /// <summary>Whether the capture says anything about <paramref name="path"/>.</summary>
    public bool Knows(string path) => _listed.Contains(path) || Observe(path).Exists;

    public FileFacts Observe(string path)
    {
        var full = Resolve(path);
        var info = new FileInfo(full);
        if (info.LinkTarget is { } target)
        {
            return new FileFacts(true, LinkTarget: target);
        }

        if (Directory.Exists(full))
        {
            return new FileFacts(true, IsDirectory: true, Mode: Mode(full));
        }

        return info.Exists ? new FileFacts(true, File.ReadAllText(full), Mode(full)) : FileFacts.Missing;
    }

    public IReadOnlyList<string> List(string directory)
    {
        var full = Resolve(directory);
        return Directory.Exists(full)
            ? [.. Directory.EnumerateFileSystemEntries(full).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];
    }

    public void WriteAtomic(string path, string content, UnixFileMode mode) => throw ReadOnly();

    public void CreateSymlink(string path, string target) => throw ReadOnly();

    public void Delete(string path) => throw ReadOnly();

    private string Resolve(string path) =>
        path.StartsWith('/') && !path.Split('/').Contains("..")
            ? Path.Join(_files, path)
            : throw new ArgumentException($"'{path}' is not an absolute path without '..'.", nameof(path));

    private static string? Mode(string full) =>
        OperatingSystem.IsWindows() ? null : "0" + Convert.ToString((int)File.GetUnixFileMode(full), 8).PadLeft(3, '0');

    private static InvalidOperationException ReadOnly() => new("A captured host is read-only: it is planned, never changed.");
}
