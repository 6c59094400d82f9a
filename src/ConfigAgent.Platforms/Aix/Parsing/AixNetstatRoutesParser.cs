using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ConfigAgent.Documents;

namespace ConfigAgent.Platforms.Aix.Parsing;

/// <summary>
/// Reads AIX <c>netstat -rn</c>: one "Route Tree for Protocol Family N" per address family, each
/// row "Destination Gateway Flags Refs Use If Exp Groups". IPv4 network destinations leave out
/// their trailing zero octets (<c>10.32.50/24</c>, <c>127/8</c>); a destination without a prefix
/// is a host; <c>default</c> is 0.0.0.0/0 (::/0). A row whose gateway column is empty (a route to
/// a local IPv6 address) is read with the columns shifted. Rows that are not routes are skipped.
/// </summary>
internal static class AixNetstatRoutesParser
{
    public static IReadOnlyList<AixRoute> Parse(string output)
    {
        var routes = new List<AixRoute>();
        var family = (AddressFamily?)null;
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("Route Tree for Protocol Family", StringComparison.OrdinalIgnoreCase))
            {
                family = line.Contains("(Internet v6)", StringComparison.OrdinalIgnoreCase) ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork;
                continue;
            }

            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (family is not { } current || words.Length < 5)
            {
                continue;
            }

            // Destination Gateway Flags Refs Use If ... ; without a gateway: Destination Flags Refs Use If ...
            var shifted = IsCount(words[2]) && IsCount(words[3]) && !IsCount(words[4]);
            var (gateway, flags, refs, use, nic) = shifted
                ? ("", words[1], words[2], words[3], words[4])
                : (words[1], words[2], words[3], words.Length > 4 ? words[4] : "", words.Length > 5 ? words[5] : "");
            if (!IsCount(refs) || !IsCount(use) || nic.Length == 0 || Destination(words[0], current) is not { } destination)
            {
                continue;
            }

            routes.Add(new AixRoute(destination, gateway, flags, nic));
        }

        return routes;
    }

    private static bool IsCount(string word) => word.Length > 0 && word.All(char.IsAsciiDigit);

    private static InterfaceAddress? Destination(string word, AddressFamily family)
    {
        if (word == "default")
        {
            return new InterfaceAddress(family == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        }

        var slash = word.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? word : word[..slash];
        var zone = addressText.IndexOf('%', StringComparison.Ordinal);
        if (zone >= 0)
        {
            addressText = addressText[..zone];
        }

        var max = family == AddressFamily.InterNetworkV6 ? 128 : 32;
        var prefix = max;
        if (slash >= 0 && (!int.TryParse(word[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > max))
        {
            return null;
        }

        if (family == AddressFamily.InterNetwork)
        {
            // 10.32.50/24 is 10.32.50.0/24: netstat drops the trailing zero octets of networks.
            var parts = addressText.Split('.');
            if (parts.Length is < 1 or > 4 || parts.Any(p => p.Length is 0 or > 3 || !p.All(char.IsAsciiDigit)))
            {
                return null;
            }

            addressText = string.Join('.', parts.Concat(Enumerable.Repeat("0", 4 - parts.Length)));
        }

        return IPAddress.TryParse(addressText, out var address) && address.AddressFamily == family
            ? new InterfaceAddress(address, prefix)
            : null;
    }
}
