using ConfigAgent.Facts;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Testing;

/// <summary>An in-memory file system with the semantics of the real one (atomic replace, links, modes).</summary>
public sealed class FakeFileSystem : IFileSystem
{
    private readonly SortedDictionary<string, FileFacts> _entries = new(StringComparer.Ordinal);

    public string Root => "/";

    /// <summary>Every write, in order, for tests that check what was written when.</summary>
    public List<string> Writes { get; } = [];

    /// <summary>When set, the next atomic write of this path fails before the rename (a crash mid-write).</summary>
    public string? FailNextWriteOf { get; set; }

    public IReadOnlyDictionary<string, FileFacts> Entries => _entries;

    public FileFacts Observe(string path) => _entries.GetValueOrDefault(path) ?? FileFacts.Missing;

    public string? Read(string path) => Observe(path).Content;

    public void Add(string path, string content, string mode = "0644") => _entries[path] = new FileFacts(true, content, mode);

    public void WriteAtomic(string path, string content, UnixFileMode mode)
    {
        if (FailNextWriteOf == path)
        {
            FailNextWriteOf = null;
            throw new IOException($"simulated failure writing {path}");
        }

        _entries[path] = new FileFacts(true, content, "0" + Convert.ToString((int)mode, 8));
        Writes.Add(path);
    }

    public void CreateSymlink(string path, string target)
    {
        _entries[path] = new FileFacts(true, LinkTarget: target);
        Writes.Add(path);
    }

    public void Delete(string path)
    {
        if (_entries.Remove(path))
        {
            Writes.Add("rm " + path);
        }
    }

    public IReadOnlyList<string> List(string directory)
    {
        var prefix = directory.TrimEnd('/') + "/";
        return [.. _entries.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && !k[prefix.Length..].Contains('/')).Select(k => k[prefix.Length..])];
    }
}
