using System.Text;
using ConfigAgent.Facts;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Platforms.Local;

/// <summary>
/// The host's files under a root directory, read as the host would read them if the root were
/// its "/": a link met on the way is followed with its absolute target and its ".." taken from
/// the root (as chroot(2), systemd's --root and openat2's RESOLVE_IN_ROOT do), so no host path
/// ever leads out of the root (issue 17). The last component is not followed: a link is observed
/// as a link (the AIX rc2 link, a systemd wants/ link). Shared by this machine's files
/// (<see cref="LocalFileSystem"/>) and a captured host's copies.
/// </summary>
internal sealed class RootedReader(string root)
{
    // The kernel's MAXSYMLINKS: a loop fails as it does in open(2).
    private const int MaxLinks = 40;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The real directory the host's "/" is.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>
    /// Where <paramref name="path"/> is inside the root, as a host path: the links of its
    /// directories followed (and its last component too when <paramref name="followLast"/>).
    /// </summary>
    public string Locate(string path, bool followLast = false)
    {
        CheckHostPath(path);
        var pending = new LinkedList<string>(Components(path));
        var located = new List<string>();
        var links = 0;
        while (pending.First is { } first)
        {
            var name = first.Value;
            pending.RemoveFirst();
            if (name == "..")
            {
                // Above the root is the root, as for "/..".
                if (located.Count > 0)
                {
                    located.RemoveAt(located.Count - 1);
                }

                continue;
            }

            if (pending.Count == 0 && !followLast)
            {
                located.Add(name);
                break;
            }

            if (new FileInfo(FullPath(Join(located, name))).LinkTarget is not { } target)
            {
                located.Add(name);
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new HostFileException("resolve", FullPath(path), ErrnoPhrases.TooManyLinks);
            }

            if (target.StartsWith('/'))
            {
                located.Clear();
            }

            foreach (var component in Components(target).Reverse())
            {
                pending.AddFirst(component);
            }
        }

        return Join(located, null);
    }

    /// <summary>The real path of a host path already located: the root joined with it.</summary>
    public string FullPath(string located) => Root == "/" ? located : Path.Join(Root, located);

    public FileFacts Observe(string path)
    {
        var full = FullPath(Locate(path));
        try
        {
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

            // Strict UTF-8, and no BOM detection: a BOM stays in the content as U+FEFF and is
            // written back as it was; bytes that are not UTF-8 are reported rather than turned into U+FFFD.
            try
            {
                return new FileFacts(true, StrictUtf8.GetString(File.ReadAllBytes(full)), Mode(full));
            }
            catch (DecoderFallbackException)
            {
                return new FileFacts(true, Mode: Mode(full), Problem: "it is not UTF-8 text");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new HostFileException("read", full, ErrorSentence.Of(ex, full));
        }
    }

    /// <summary>The names of the entries of a directory, in ordinal order (none when it does not exist).</summary>
    public IReadOnlyList<string> List(string directory)
    {
        var full = FullPath(Locate(directory, followLast: true));
        try
        {
            return Directory.Exists(full)
                ? [.. Directory.EnumerateFileSystemEntries(full).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
                : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new HostFileException("list", full, ErrorSentence.Of(ex, full));
        }
    }

    /// <summary>Host paths are absolute and never climb: "..", which only a link may bring, is refused in them.</summary>
    public static void CheckHostPath(string path)
    {
        if (!path.StartsWith('/') || path.Split('/').Contains(".."))
        {
            throw new ArgumentException($"'{path}' is not an absolute path without '..'.", nameof(path));
        }
    }

    private static string? Mode(string full) =>
        OperatingSystem.IsWindows() ? null : "0" + Convert.ToString((int)File.GetUnixFileMode(full), 8).PadLeft(3, '0');

    private static IEnumerable<string> Components(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(c => c != ".");

    private static string Join(List<string> located, string? last) =>
        "/" + string.Join('/', last is null ? located : [.. located, last]);
}
