using ConfigAgent.Facts;

namespace ConfigAgent.Host;

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
}
