namespace ConfigAgent.Platforms.Windows.Resources;

/// <summary>
/// The interface parameters ConfigAgent sets with netsh, kept in the facts' settings as
/// <c>netsh.&lt;family&gt;.&lt;adapter&gt;.&lt;parameter&gt;</c> (<c>netsh.ipv4.Loopback.weakhostsend</c> = enabled).
/// Adapter names may hold dots ("LAN 1 - 192.168.10.x"): a key is read from both ends.
/// </summary>
internal static class NetshSettings
{
    public const string WeakHostSend = "weakhostsend";
    public const string WeakHostReceive = "weakhostreceive";
    public const string Metric = "metric";

    public static IReadOnlyList<string> Parameters { get; } = [WeakHostSend, WeakHostReceive, Metric];

    public static IReadOnlyList<string> Families { get; } = ["ipv4", "ipv6"];

    public static string Key(string family, string adapter, string parameter) => $"netsh.{family}.{adapter}.{parameter}";

    public static bool TryParse(string key, out string family, out string adapter, out string parameter)
    {
        (family, adapter, parameter) = ("", "", "");
        foreach (var f in Families)
        {
            foreach (var p in Parameters)
            {
                var prefix = $"netsh.{f}.";
                var suffix = $".{p}";
                if (key.Length > prefix.Length + suffix.Length && key.StartsWith(prefix, StringComparison.Ordinal) && key.EndsWith(suffix, StringComparison.Ordinal))
                {
                    (family, adapter, parameter) = (f, key[prefix.Length..^suffix.Length], p);
                    return true;
                }
            }
        }

        return false;
    }
}
