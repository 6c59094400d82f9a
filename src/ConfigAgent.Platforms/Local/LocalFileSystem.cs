using System.Collections.Concurrent;
using System.Runtime.Versioning;
using System.Text;
using ConfigAgent.Facts;
using ConfigAgent.HostAccess;
using Microsoft.Win32.SafeHandles;

namespace ConfigAgent.Platforms.Local;

/// <summary>
/// The machine's own files under a root directory (<c>--root</c>, "/" by default). A path is
/// read as the host would read it with the root as its "/" (<see cref="RootedReader"/>), and
/// written through its directory opened from the root without following links
/// (<see cref="RootedDirectory"/>): a link planted under the root never carries a write out of
/// it, and a link where a file is written is replaced, never written through (issue 17).
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class LocalFileSystem(string root) : IFileSystem
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly RootedReader _reader = new(root);
    private readonly ConcurrentDictionary<string, bool> _swept = new(StringComparer.Ordinal);

    public string Root => _reader.Root;

    /// <summary>Called with the temporary file just before it replaces the real one: where tests make a write fail half-way.</summary>
    internal Action<string>? BeforeReplace { get; init; }

    public FileFacts Observe(string path) => _reader.Observe(path);

    public IReadOnlyList<string> List(string directory) => _reader.List(directory);

    public void WriteAtomic(string path, string content, UnixFileMode mode) => WriteAtomic(path, StrictUtf8.GetBytes(content), mode);

    public void WriteAtomic(string path, ReadOnlySpan<byte> utf8Content, UnixFileMode mode)
    {
        using var directory = OpenParent(path, out var name, out var shown);
        var temporary = Temporary(name, "tmp");
        directory.Remove(temporary, "write", shown);
        try
        {
            directory.CreateFile(temporary, utf8Content, mode, "write", shown);
            BeforeReplace?.Invoke(Path.Join(directory.FullPath, temporary));
            directory.Replace(temporary, name, "write", shown);
        }
        catch
        {
            directory.Discard(temporary);
            throw;
        }

        directory.Flush("write", shown);
    }

    public void CreateSymlink(string path, string target)
    {
        using var directory = OpenParent(path, out var name, out var shown);
        var temporary = Temporary(name, "lnk");
        directory.Remove(temporary, "link", shown);
        directory.CreateLink(temporary, target, "link", shown);
        try
        {
            // rename(2) replaces the old link in one step.
            directory.Replace(temporary, name, "link", shown);
        }
        catch
        {
            directory.Discard(temporary);
            throw;
        }

        directory.Flush("link", shown);
    }

    public void Delete(string path)
    {
        var located = _reader.Locate(path);
        var shown = _reader.FullPath(located);
        using var directory = RootedDirectory.Open(_reader, Parent(located), create: false);
        if (directory is not null && directory.Remove(Path.GetFileName(located), "remove", shown))
        {
            directory.Flush("remove", shown);
        }
    }

    /// <summary>The real path of a host path, its directories' links followed inside the root (for messages and tests).</summary>
    public string Resolve(string path) => _reader.FullPath(_reader.Locate(path));

    /// <summary>Opens (creating it and its directories) the plain file at <paramref name="path"/> to hold a lock on it.</summary>
    public SafeFileHandle OpenLockFile(string path)
    {
        using var directory = OpenParent(path, out var name, out var shown);
        return directory.OpenLockFile(name, shown);
    }

    /// <param name="shown">The real path, for messages: the one a user finds on the machine.</param>
    private RootedDirectory OpenParent(string path, out string name, out string shown)
    {
        var located = _reader.Locate(path);
        name = Path.GetFileName(located);
        if (name.Length == 0)
        {
            throw new ArgumentException($"'{path}' names no file.", nameof(path));
        }

        shown = _reader.FullPath(located);
        var directory = RootedDirectory.Open(_reader, Parent(located), create: true)!;
        if (_swept.TryAdd(directory.FullPath, true))
        {
            directory.RemoveTemporariesOfDeadProcesses();
        }

        return directory;
    }

    private static string Parent(string located) => located[..Math.Max(located.LastIndexOf('/'), 1)];

    // A hidden name of this process: no reader of the directory (ifup's ifcfg-* glob, systemd's
    // unit suffixes, sysctl.d's *.conf) takes it for an artefact if a crash leaves it behind.
    private static string Temporary(string name, string kind) => $".{name}.configagent-{Environment.ProcessId}.{kind}";
}
