using System.Runtime.Versioning;
using System.Text;
using ConfigAgent.Facts;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Platforms.Local;

/// <summary>The machine's own files under a root directory (<c>--root</c>, "/" by default).</summary>
[SupportedOSPlatform("linux")]
internal sealed class LocalFileSystem(string root) : IFileSystem
{
    private const UnixFileMode DirectoryMode =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Called with the temporary file just before it replaces the real one: where tests make a write fail half-way.</summary>
    internal Action<string>? BeforeReplace { get; init; }

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

        // Strict UTF-8, and no BOM detection: a BOM stays in the content as U+FEFF and is written
        // back as it was; bytes that are not UTF-8 are reported rather than turned into U+FFFD.
        try
        {
            return new FileFacts(true, StrictUtf8.GetString(File.ReadAllBytes(full)), Mode(full));
        }
        catch (DecoderFallbackException)
        {
            return new FileFacts(true, Mode: Mode(full), Problem: "it is not UTF-8 text");
        }
    }

    public void WriteAtomic(string path, string content, UnixFileMode mode) => WriteAtomic(path, StrictUtf8.GetBytes(content), mode);

    public void WriteAtomic(string path, ReadOnlySpan<byte> utf8Content, UnixFileMode mode)
    {
        var full = Resolve(path);
        var directory = Path.GetDirectoryName(full)!;
        CreateDirectories(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.configagent-{Environment.ProcessId}.tmp");
        try
        {
            var options = new FileStreamOptions
            {
                Mode = FileMode.Create,
                Access = FileAccess.Write,
                Share = FileShare.None,
                UnixCreateMode = mode,
            };
            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(utf8Content);
                stream.Flush(flushToDisk: true);
            }

            // The create mode is filtered by the umask; the file must have exactly its mode.
            File.SetUnixFileMode(temporary, mode);
            BeforeReplace?.Invoke(temporary);

            File.Move(temporary, full, overwrite: true);
            DirectorySync.Flush(directory);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    public void CreateSymlink(string path, string target)
    {
        var full = Resolve(path);
        var directory = Path.GetDirectoryName(full)!;
        CreateDirectories(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.configagent-{Environment.ProcessId}.lnk");
        File.Delete(temporary);
        File.CreateSymbolicLink(temporary, target);

        // rename(2) replaces the old link in one step.
        File.Move(temporary, full, overwrite: true);
        DirectorySync.Flush(directory);
    }

    public void Delete(string path)
    {
        var full = Resolve(path);
        if (File.Exists(full) || new FileInfo(full).LinkTarget is not null)
        {
            File.Delete(full);
            DirectorySync.Flush(Path.GetDirectoryName(full)!);
        }
    }

    public IReadOnlyList<string> List(string directory)
    {
        var full = Resolve(directory);
        return Directory.Exists(full)
            ? [.. Directory.EnumerateFileSystemEntries(full).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];
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

    private static void CreateDirectories(string directory)
    {
        if (!Directory.Exists(directory))
        {
            Directory.CreateDirectory(directory, DirectoryMode);
        }
    }

    private static string Mode(string full) => "0" + Convert.ToString((int)File.GetUnixFileMode(full), 8).PadLeft(3, '0');
}
