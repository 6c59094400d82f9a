using System.Globalization;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using ConfigAgent.HostAccess;
using Microsoft.Win32.SafeHandles;

namespace ConfigAgent.Platforms.Local;

/// <summary>
/// An open directory under the root, reached from the root one real directory at a time
/// (O_NOFOLLOW): whatever is renamed or linked on the way afterwards, every file created, renamed
/// or removed through it stays in that directory. The host path it was located at
/// (<see cref="RootedReader.Locate"/>) has its links already followed inside the root; a link
/// found on the way now was planted since, and the write is refused.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed partial class RootedDirectory : IDisposable
{
    private const uint DirectoryMode = 0b111_101_101; // 0755

    private readonly SafeFileHandle _handle;

    private RootedDirectory(SafeFileHandle handle, string fullPath)
    {
        _handle = handle;
        FullPath = fullPath;
    }

    /// <summary>Its real path (for messages and tests only: every call goes through the handle).</summary>
    public string FullPath { get; }

    /// <summary>Opens the directory <paramref name="located"/> (a located host path), creating what is missing when <paramref name="create"/>.</summary>
    /// <returns>null when the directory does not exist and was not to be created.</returns>
    public static RootedDirectory? Open(RootedReader reader, string located, bool create)
    {
        var handle = OpenRoot(reader.Root);
        if (handle is null && UnixCalls.LastError == ErrnoPhrases.NoSuchEntry && create)
        {
            // The operator named the root: it is the one directory taken as it is, links and all.
            try
            {
                Directory.CreateDirectory(reader.Root);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new HostFileException("create the directory", reader.Root, ErrorSentence.Of(ex, reader.Root));
            }

            handle = OpenRoot(reader.Root);
        }

        if (handle is null)
        {
            return UnixCalls.LastError == ErrnoPhrases.NoSuchEntry && !create
                ? null
                : throw new HostFileException("use the root directory", reader.Root, UnixCalls.LastError);
        }

        var reached = "";
        foreach (var name in located.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            reached += "/" + name;
            var next = OpenChild(handle, name);
            if (next is null && UnixCalls.LastError == ErrnoPhrases.NoSuchEntry && create)
            {
                if (UnixCalls.MakeDirectoryAt(handle, name, DirectoryMode) != 0 && UnixCalls.LastError != ErrnoPhrases.Exists)
                {
                    var errno = UnixCalls.LastError;
                    handle.Dispose();
                    throw new HostFileException("create the directory", reader.FullPath(reached), errno);
                }

                next = OpenChild(handle, name);
            }

            if (next is null)
            {
                var errno = UnixCalls.LastError;
                handle.Dispose();
                if (errno == ErrnoPhrases.NoSuchEntry && !create)
                {
                    return null;
                }

                // O_DIRECTORY | O_NOFOLLOW fails on a link with ENOTDIR (ELOOP without O_DIRECTORY).
                var full = reader.FullPath(reached);
                throw errno is ErrnoPhrases.NotADirectory or ErrnoPhrases.TooManyLinks && new FileInfo(full).LinkTarget is not null
                    ? new HostFileException("open the directory", full, "it became a symbolic link after ConfigAgent looked at it; nothing was written through it")
                    : new HostFileException("open the directory", full, errno);
            }

            handle.Dispose();
            handle = next;
        }

        return new RootedDirectory(handle, reader.FullPath(located));
    }

    /// <summary>Writes <paramref name="content"/> into a new file <paramref name="name"/> with exactly <paramref name="mode"/> and syncs it; it must not exist.</summary>
    public unsafe void CreateFile(string name, ReadOnlySpan<byte> content, UnixFileMode mode, string action, string path)
    {
        using var file = UnixCalls.Own(UnixCalls.OpenAt(_handle, name, UnixCalls.WriteOnly | UnixCalls.Create | UnixCalls.Exclusive | UnixCalls.NoFollow | UnixCalls.CloseOnExec, (uint)mode))
            ?? throw Failure(action, path, UnixCalls.LastError);
        fixed (byte* start = content)
        {
            var written = 0;
            while (written < content.Length)
            {
                var count = UnixCalls.Write(file, start + written, (nuint)(content.Length - written));
                if (count < 0)
                {
                    if (UnixCalls.LastError == 4)
                    {
                        continue; // EINTR
                    }

                    throw Failure(action, path, UnixCalls.LastError);
                }

                written += (int)count;
            }
        }

        // The create mode is filtered by the umask; the file must have exactly its mode.
        if (UnixCalls.ChangeMode(file, (uint)mode) != 0 || UnixCalls.Sync(file) != 0)
        {
            throw Failure(action, path, UnixCalls.LastError);
        }
    }

    /// <summary>Makes <paramref name="name"/> a symbolic link to <paramref name="target"/>; it must not exist.</summary>
    public void CreateLink(string name, string target, string action, string path)
    {
        if (UnixCalls.SymlinkAt(target, _handle, name) != 0)
        {
            throw Failure(action, path, UnixCalls.LastError);
        }
    }

    /// <summary>Opens (creating it) the plain file <paramref name="name"/> for a lock; a link there is refused, not followed.</summary>
    public SafeFileHandle OpenLockFile(string name, string path) =>
        UnixCalls.Own(UnixCalls.OpenAt(_handle, name, UnixCalls.ReadWrite | UnixCalls.Create | UnixCalls.NoFollow | UnixCalls.CloseOnExec, 0b110_100_100))
        ?? throw (UnixCalls.LastError == ErrnoPhrases.TooManyLinks
            ? new HostFileException("lock", path, "it is a symbolic link, which ConfigAgent does not follow; remove it")
            : Failure("lock", path, UnixCalls.LastError));

    /// <summary>Renames <paramref name="from"/> over <paramref name="to"/> in one step: a link at <paramref name="to"/> is replaced, never written through.</summary>
    public void Replace(string from, string to, string action, string path)
    {
        if (UnixCalls.RenameAt(_handle, from, _handle, to) != 0)
        {
            throw Failure(action, path, UnixCalls.LastError);
        }
    }

    /// <summary>Removes the file or link <paramref name="name"/> (never what a link points to); false when there was none.</summary>
    public bool Remove(string name, string action, string path)
    {
        if (UnixCalls.UnlinkAt(_handle, name, 0) == 0)
        {
            return true;
        }

        return UnixCalls.LastError == ErrnoPhrases.NoSuchEntry ? false : throw Failure(action, path, UnixCalls.LastError);
    }

    /// <summary>Removes a temporary file after a failure, keeping quiet about it: the failure is what the user must read.</summary>
    public void Discard(string name) => _ = UnixCalls.UnlinkAt(_handle, name, 0);

    /// <summary>
    /// Removes the temporary files that killed runs left here (.NAME.configagent-PID.tmp or .lnk of
    /// a PID that no longer runs): a SIGKILL between a write and its rename leaves one, and a host
    /// whose agent crashed in a loop would gather them for ever. Their hidden names keep every
    /// reader of the directory away from them meanwhile.
    /// </summary>
    public void RemoveTemporariesOfDeadProcesses()
    {
        IEnumerable<string> names;
        try
        {
            names = [.. Directory.EnumerateFileSystemEntries(FullPath, ".*.configagent-*").Select(Path.GetFileName).OfType<string>()];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var name in names)
        {
            var match = Temporary().Match(name);
            if (match.Success && int.TryParse(match.Groups["pid"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && pid != Environment.ProcessId && !Directory.Exists($"/proc/{pid}"))
            {
                Discard(name);
            }
        }
    }

    /// <summary>fsync(2) of the directory, so that a rename in it survives a crash (ext4 and xfs make it durable then).</summary>
    public void Flush(string action, string path)
    {
        if (UnixCalls.Sync(_handle) != 0)
        {
            throw Failure(action, path, UnixCalls.LastError);
        }
    }

    public void Dispose() => _handle.Dispose();

    private static SafeFileHandle? OpenRoot(string root) =>
        UnixCalls.Own(UnixCalls.Open(root, UnixCalls.ReadOnly | UnixCalls.Directory | UnixCalls.CloseOnExec, 0));

    private static SafeFileHandle? OpenChild(SafeFileHandle directory, string name) =>
        UnixCalls.Own(UnixCalls.OpenAt(directory, name, UnixCalls.ReadOnly | UnixCalls.Directory | UnixCalls.NoFollow | UnixCalls.CloseOnExec, 0));

    [GeneratedRegex(@"^\..+\.configagent-(?<pid>\d+)\.(tmp|lnk)$")]
    private static partial Regex Temporary();

    private static HostFileException Failure(string action, string path, int errno) => new(action, path, errno);
}
