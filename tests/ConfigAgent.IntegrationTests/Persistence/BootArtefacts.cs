namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// The boot configuration under a --root, read as the host would read it at boot. The negative
/// controls drop lines: every line holding one of <see cref="Omitted"/> is read as if it had been
/// deleted from its file, and tools that read files themselves get a copy without those lines.
/// </summary>
internal sealed class BootArtefacts(string root, string scratch, IReadOnlyList<string> omitted)
{
    public string Root { get; } = root;

    public IReadOnlyList<string> Omitted { get; } = omitted;

    public bool Exists(string hostPath) => File.Exists(Local(hostPath));

    public string Local(string hostPath) => Path.Join(Root, hostPath);

    public IReadOnlyList<string> Lines(string hostPath) =>
        [.. File.ReadAllLines(Local(hostPath)).Where(line => !Omitted.Any(o => line.Contains(o, StringComparison.Ordinal)))];

    /// <summary>The host paths of the files in <paramref name="hostDirectory"/> matching <paramref name="pattern"/>, in order.</summary>
    public IReadOnlyList<string> Files(string hostDirectory, string pattern) =>
        Directory.Exists(Local(hostDirectory))
            ? [.. Directory.GetFiles(Local(hostDirectory), pattern).Select(f => $"{hostDirectory}/{Path.GetFileName(f)}").Order(StringComparer.Ordinal)]
            : [];

    /// <summary>A path for a tool to read: the file itself, or a copy without the omitted lines.</summary>
    public string Readable(string hostPath)
    {
        if (Omitted.Count == 0)
        {
            return Local(hostPath);
        }

        var copy = Path.Join(scratch, hostPath);
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.WriteAllLines(copy, Lines(hostPath));
        return copy;
    }

    /// <summary>Where a symbolic link under the root points, as the host would see it.</summary>
    public string? LinkTarget(string hostPath) => new FileInfo(Local(hostPath)).LinkTarget;
}
