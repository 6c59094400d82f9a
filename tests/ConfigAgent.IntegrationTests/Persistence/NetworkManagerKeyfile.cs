namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// A NetworkManager keyfile (nm-settings-keyfile(5)): an ini file whose [ipv4] and [ipv6]
/// sections list addressN=address/prefix[,gateway] entries for the profile's interface-name.
/// </summary>
internal sealed record NetworkManagerKeyfile(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Sections)
{
    public string? Get(string section, string key) => Sections.GetValueOrDefault(section)?.GetValueOrDefault(key);

    /// <summary>The addresses in keyfile order (address1, address2, ...), without their gateways.</summary>
    public IReadOnlyList<string> Addresses(string section) =>
        Sections.GetValueOrDefault(section) is { } values
            ? [.. values.Where(v => IsAddressKey(v.Key)).OrderBy(v => int.Parse(v.Key["address".Length..], System.Globalization.CultureInfo.InvariantCulture))
                .Select(v => v.Value.Split(',')[0])]
            : [];

    public static NetworkManagerKeyfile Parse(IEnumerable<string> lines)
    {
        var sections = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = new Dictionary<string, string>(StringComparer.Ordinal);
                sections[line[1..^1]] = current;
            }
            else if (current is not null && !line.StartsWith('#') && line.IndexOf('=', StringComparison.Ordinal) is > 0 and var equals)
            {
                current[line[..equals]] = line[(equals + 1)..];
            }
        }

        return new NetworkManagerKeyfile(sections);
    }

    private static bool IsAddressKey(string key) => key.StartsWith("address", StringComparison.Ordinal) && key.Length > "address".Length && key["address".Length..].All(char.IsAsciiDigit);
}
