using ConfigAgent.Facts;

namespace ConfigAgent.Platforms.Linux;

/// <summary>Reads /etc/os-release (os-release(5)): ID, VERSION_ID and PRETTY_NAME.</summary>
internal static class OsRelease
{
    public const string Path = "/etc/os-release";

    public static OsFacts? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || line.StartsWith('#'))
            {
                continue;
            }

            values[line[..equals].Trim()] = line[(equals + 1)..].Trim().Trim('"', '\'');
        }

        return values.TryGetValue("ID", out var id)
            ? new OsFacts(id, values.GetValueOrDefault("VERSION_ID"), values.GetValueOrDefault("PRETTY_NAME"))
            : null;
    }
}
