using ConfigAgent.Documents;
using ConfigAgent.Platforms.Addressing;
using ConfigAgent.Platforms.Aix.Parsing;

namespace ConfigAgent.Platforms.Aix;

/// <summary>
/// The routes through lo0, kept in the facts' settings as <c>route.lo0.&lt;destination&gt;</c> =
/// <c>&lt;gateway&gt; &lt;flags&gt;</c>. They matter for one reason: an alias added to lo0 with a
/// netmask other than 255.255.255.255 makes AIX route that whole network into the loopback, and
/// the seed warns that such a route must be removed.
/// </summary>
internal static class AixRoutes
{
    private const string KeyPrefix = "route." + AixPlatform.Loopback + ".";

    public static IEnumerable<KeyValuePair<string, string?>> Settings(IEnumerable<AixRoute> routes) =>
        routes.Where(r => r.Interface == AixPlatform.Loopback)
            .Select(r => new KeyValuePair<string, string?>(KeyPrefix + r.Destination, $"{r.Gateway} {r.Flags}".Trim()));

    /// <summary>
    /// Network routes through lo0 other than 127/8: what a wrong netmask on a lo0 alias leaves
    /// behind (every local address also has a host route through lo0; those are normal).
    /// </summary>
    public static IEnumerable<(InterfaceAddress Destination, string Gateway)> Stray(IReadOnlyDictionary<string, string?> settings)
    {
        foreach (var (key, value) in settings)
        {
            if (!key.StartsWith(KeyPrefix, StringComparison.Ordinal) || value is null
                || !InterfaceAddress.TryParse(key[KeyPrefix.Length..], out var destination, out _))
            {
                continue;
            }

            var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var (gateway, flags) = words.Length >= 2 ? (words[0], words[1]) : ("", words.FirstOrDefault() ?? "");
            if (destination.IsIPv6 || flags.Contains('H', StringComparison.Ordinal) || destination.PrefixLength == 32
                || destination.Address.GetAddressBytes()[0] == 127)
            {
                continue;
            }

            yield return (destination, gateway);
        }
    }

    /// <summary>The note that says a stray route is there and how to remove it.</summary>
    public static string Warning(InterfaceAddress destination, string gateway) =>
        $"a route to {destination} goes through {AixPlatform.Loopback}{(gateway.Length > 0 ? $" (gateway {gateway})" : "")}: "
        + $"an alias added to {AixPlatform.Loopback} with a netmask other than 255.255.255.255 leaves one, and it sends this host's "
        + $"traffic for all of {destination} into the loopback. Remove it with: {RemovalCommand(destination, gateway)}";

    public static string RemovalCommand(InterfaceAddress destination, string gateway) =>
        $"route delete -net {destination.Address} -netmask {Netmask.Of(destination.PrefixLength)}{(gateway.Length > 0 ? " " + gateway : "")}";
}
