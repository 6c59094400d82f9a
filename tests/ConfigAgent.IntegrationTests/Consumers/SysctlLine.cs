namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>
/// A setting of a sysctl file as sysctl.conf(5) reads it: `key = value` or `-key = value`,
/// blank lines and '#' or ';' comments skipped, whitespace around both sides dropped.
/// </summary>
internal sealed record SysctlLine(string Key, string Value)
{
    /// <summary>Whether the key lives under /proc/sys/net: inside a namespace, only the namespace's own.</summary>
    public bool IsNet => Key.StartsWith("net.", StringComparison.Ordinal) || Key.StartsWith("net/", StringComparison.Ordinal);

    public static IReadOnlyList<SysctlLine> Read(string path) =>
        [.. File.ReadLines(path).Select(line => line.Trim())
            .Where(line => line.Length > 0 && line[0] is not ('#' or ';'))
            .Select(line =>
            {
                var equals = line.IndexOf('=', StringComparison.Ordinal);
                Assert.True(equals > 0, $"{path}: not a setting: {line}");
                return new SysctlLine(line[..equals].Trim().TrimStart('-'), line[(equals + 1)..].Trim());
            })];
}
