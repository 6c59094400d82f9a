using System.Text;
using ConfigAgent.Facts;

namespace ConfigAgent.HostAccess;

/// <summary>
/// The host's files, seen through <c>--root</c>: every path is absolute as on the host
/// (<c>/etc/sysctl.conf</c>) and the implementation prefixes the root. Tests use a fake.
/// </summary>
public interface IFileSystem
{
    /// <summary>The directory every path is under ("/" on a real run).</summary>
    string Root { get; }

    /// <summary>What is at <paramref name="path"/>: a file with its text and mode, a directory, a link, or nothing.</summary>
    FileFacts Observe(string path);

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="content"/> atomically: a temporary file
    /// in the same directory, fsync, rename over the old one, fsync the directory. A crash leaves
    /// the old file or the new one, never a mix. Missing parent directories are created.
    /// </summary>
    void WriteAtomic(string path, string content, UnixFileMode mode);

    /// <summary>
    /// <see cref="WriteAtomic(string, string, UnixFileMode)"/> from UTF-8 text already encoded, so a
    /// large file (the ledger, a run report) is not copied into a string and back on its way out.
    /// </summary>
    void WriteAtomic(string path, ReadOnlySpan<byte> utf8Content, UnixFileMode mode) =>
        WriteAtomic(path, Encoding.UTF8.GetString(utf8Content), mode);

    /// <summary>Points <paramref name="path"/> at <paramref name="target"/>, replacing what is there atomically.</summary>
    void CreateSymlink(string path, string target);

    /// <summary>Removes a file or a link; nothing happens when there is none.</summary>
    void Delete(string path);

    /// <summary>The names of the entries of a directory (none when it does not exist).</summary>
    IReadOnlyList<string> List(string directory);
}
