namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// A systemd unit file (systemd.unit(5)): sections of Key=Value lines, a key may repeat. Only
/// what a oneshot needs is read: ExecStart, split into its words, and [Install] WantedBy.
/// </summary>
internal sealed record SystemdUnit(IReadOnlyList<(string Section, string Key, string Value)> Entries)
{
    public IReadOnlyList<string> Values(string section, string key) =>
        [.. Entries.Where(e => e.Section == section && e.Key == key).Select(e => e.Value)];

    /// <summary>
    /// Each ExecStart= as the words systemd runs, its special prefixes (-, @, :, +, !) dropped.
    /// The tests' artefacts hold no quoting: a quote fails the test rather than being misread.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> ExecStart() =>
        [.. Values("Service", "ExecStart").Select(command =>
        {
            Assert.DoesNotContain('"', command);
            Assert.DoesNotContain('\'', command);
            var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return (IReadOnlyList<string>)[words[0].TrimStart('-', '@', ':', '+', '!'), .. words[1..]];
        })];

    public static SystemdUnit Parse(IEnumerable<string> lines)
    {
        var entries = new List<(string, string, string)>();
        var section = "";
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1];
            }
            else if (!line.StartsWith('#') && !line.StartsWith(';') && line.IndexOf('=', StringComparison.Ordinal) is > 0 and var equals)
            {
                entries.Add((section, line[..equals].Trim(), line[(equals + 1)..].Trim()));
            }
        }

        return new SystemdUnit(entries);
    }
}
