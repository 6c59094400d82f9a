using ConfigAgent.Facts;
using ConfigAgent.HostAccess;
using ConfigAgent.Platforms.Local;

namespace ConfigAgent.Platforms.Captured;

/// <summary>
/// The host's files as captured: <c>DIR/files/&lt;host path&gt;</c> holds copies (links as
/// links, <c>cp -pP</c>), and <c>DIR/files.txt</c> lists the host paths the operator looked at,
/// one a line. A listed path without a copy did not exist on the host; a path neither listed nor
/// copied was not observed, and the facts leave it out so that a plan reports it as unknown
/// instead of guessing that it is missing. Links are read as on the host (an absolute target is a
/// host path, found in the copies): none leads out of the capture.
/// </summary>
internal sealed class CapturedFileSystem : IFileSystem
{
    private readonly RootedReader _reader;
    private readonly HashSet<string> _listed;

    public CapturedFileSystem(string directory)
    {
        _reader = new RootedReader(Path.Combine(directory, "files"));
        var list = Path.Combine(directory, "files.txt");
        _listed = File.Exists(list)
            ? [.. File.ReadAllLines(list).Select(l => l.Trim()).Where(l => l.StartsWith('/'))]
            : [];
    }

    public string Root => _reader.Root;

    /// <summary>The host paths the operator looked at (DIR/files.txt).</summary>
    public IReadOnlyCollection<string> Listed => _listed;

    /// <summary>Whether the capture says anything about <paramref name="path"/>.</summary>
    public bool Knows(string path) => _listed.Contains(path) || Observe(path).Exists;

    public FileFacts Observe(string path) => _reader.Observe(path);

    public IReadOnlyList<string> List(string directory) => _reader.List(directory);

    public void WriteAtomic(string path, string content, UnixFileMode mode) => throw ReadOnly();

    public void CreateSymlink(string path, string target) => throw ReadOnly();

    public void Delete(string path) => throw ReadOnly();

    private static InvalidOperationException ReadOnly() => new("A captured host is read-only: it is planned, never changed.");
}
