namespace ConfigAgent.HostAccess;

/// <summary>
/// A file of the host could not be read or written: the path as the host names it (under
/// <c>--root</c>, without the root) and the reason in words, "cannot write /etc/sysctl.d/90-configagent.conf:
/// no space left on device". An <see cref="IOException"/>, so every place that stops a run on a
/// failed read or write stops it on this one too, and says it in these words.
/// </summary>
public sealed class HostFileException : IOException
{
    /// <param name="action">What was being done, as a verb phrase: "write", "create the directory".</param>
    /// <param name="errno">The Linux errno the kernel returned.</param>
    public HostFileException(string action, string path, int errno)
        : base($"cannot {action} {path}: {ErrnoPhrases.Describe(errno)}")
    {
        Path = path;
        Errno = errno;
    }

    /// <param name="reason">Why, when no errno says it (a link that would lead out of the root).</param>
    public HostFileException(string action, string path, string reason)
        : base($"cannot {action} {path}: {reason}")
    {
        Path = path;
    }

    public string Path { get; }

    /// <summary>The errno behind the failure, if the kernel gave one.</summary>
    public int? Errno { get; }
}
