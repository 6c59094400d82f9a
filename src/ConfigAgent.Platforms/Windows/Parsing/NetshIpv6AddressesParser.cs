using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ConfigAgent.Facts;
using ConfigAgent.Platforms.Resources;

namespace ConfigAgent.Platforms.Windows.Parsing;

/// <summary>
/// Reads <c>netsh interface ipv6 show addresses</c>: per interface, a line "Interface 16: name",
/// then a table "Addr Type, DAD State, Valid Life, Pref. Life, Address". The address is the last
/// column (its %zone dropped), the DAD state the second. netsh does not print prefix lengths here:
/// the addresses carry the "prefix-unreported" flag, and their prefix is not checked. A DAD state
/// of Duplicate becomes the "dadfailed" flag, Tentative "tentative".
/// </summary>
internal static partial class NetshIpv6AddressesParser
{
    public static IReadOnlyDictionary<string, IReadOnlyList<AddressFacts>> Parse(string output)
    {
        var result = new Dictionary<string, List<AddressFacts>>(StringComparer.Ordinal);
        List<AddressFacts>? current = null;
        foreach (var line in NetshText.Lines(output))
        {
            if (Header().Match(line) is { Success: true } header)
            {
                var name = header.Groups["name"].Value.Trim();
                current = result.TryGetValue(name, out var existing) ? existing : result[name] = [];
                continue;
            }

            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (current is null || words.Length < 5)
            {
                continue;
            }

            var text = words[^1];
            var zone = text.IndexOf('%', StringComparison.Ordinal);
            if (!IPAddress.TryParse(zone < 0 ? text : text[..zone], out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
            {
                continue;
            }

            List<string> flags = [AddressResource.PrefixUnreported];
            switch (words[1])
            {
                case "Duplicate":
                    flags.Add("dadfailed");
                    break;
                case "Tentative":
                    flags.Add("tentative");
                    break;
            }

            current.Add(new AddressFacts(address, 128, Flags: flags));
        }

        return result.ToDictionary(r => r.Key, r => (IReadOnlyList<AddressFacts>)r.Value, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\S+ \d+: (?<name>.+)$")]
    private static partial Regex Header();
}
