using ConfigAgent.Facts;
using ConfigAgent.Host;

namespace ConfigAgent.Platforms.Local;

/// <summary>The machine's own files under a root directory (<c>--root</c>, "/" by default).</summary>
internal sealed class LocalFileSystem(string root) : IFileSystem
{
    public string Root { get; } = Path.GetFullPath(root);

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

        if (!info.Exists)
        {
            return FileFacts.Missing;
        }

        return new FileFacts(true, File.ReadAllText(full), Mode(full));
    }

    /// <summary>The real path of a host path: the root joined with it. Host paths are absolute.</summary>
    public string Resolve(string path)
    {
        if (!path.StartsWith('/') || path.Split('/').Contains(".."))
        {
            throw new ArgumentException($"'{path}' is not an absolute path without '..'.", nameof(path));
        }

        return Root == "/" ? path : Path.Join(Root, path);
    }

    private static string? Mode(string full) =>
        OperatingSystem.IsWindows() ? null : "0" + Convert.ToString((int)File.GetUnixFileMode(full), 8).PadLeft(3, '0');
}
