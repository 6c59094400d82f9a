using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ConfigAgent.Facts;

namespace ConfigAgent.Platforms.Windows.Parsing;

/// <summary>
/// Reads <c>netsh interface ipv4 show addresses</c> (and <c>show config</c>, the same layout): a
/// block per interface, headed by a line at column 0 that holds the name between double quotes
/// (<c>Configuration for interface "Ethernet"</c>; zh-CN: <c>接口 "以太网" 的配置</c>), then
/// indented "label: value" lines. Labels are translated, so an address is recognised by its
/// shape: a value that is an IPv4 address, followed by a value "network/prefix (...)" (the
/// "Subnet Prefix" line, "子网前缀" in zh-CN). A block without a header (one sample has one) is
/// skipped when it holds no address, and is an error when it does: the address cannot be placed.
/// </summary>
internal static partial class NetshAddressesParser
{
    public static IReadOnlyDictionary<string, IReadOnlyList<AddressFacts>> Parse(string output)
    {
        var result = new Dictionary<string, IReadOnlyList<AddressFacts>>(StringComparer.Ordinal);
        string? name = null;
        var addresses = new List<AddressFacts>();
        var lines = NetshText.Lines(output);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                // A blank line ends a block: what follows without a header belongs to no interface.
                Flush(i);
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                Flush(i);
                name = Header(line);
                continue;
            }

            if (NetshText.Field(line) is not { } field || !IPAddress.TryParse(field.Value, out var address) || address.AddressFamily != AddressFamily.InterNetwork
                || i + 1 >= lines.Count || NetshText.Field(lines[i + 1]) is not { } next || Prefix().Match(next.Value) is not { Success: true } prefix)
            {
                continue;
            }

            addresses.Add(new AddressFacts(address, int.Parse(prefix.Groups["prefix"].Value, CultureInfo.InvariantCulture)));
        }

        Flush(lines.Count);
        return result;

        void Flush(int lineNumber)
        {
            if (name is not null)
            {
                result[name] = [.. (result.GetValueOrDefault(name) ?? []).Concat(addresses)];
            }
            else if (addresses.Count > 0)
            {
                throw new FormatException($"line {lineNumber}: {addresses[0].Address} is in a block without a 'Configuration for interface' header: it cannot be placed on an interface");
            }

            addresses.Clear();
            name = null;
        }
    }

    /// <summary>The name between the first and the last double quote of a header line; null for other lines (a prompt pasted with a copy).</summary>
    private static string? Header(string line)
    {
        var first = line.IndexOf('"', StringComparison.Ordinal);
        var last = line.LastIndexOf('"');
        return first >= 0 && last > first + 1 ? line[(first + 1)..last] : null;
    }

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,3}){3}/(?<prefix>\d{1,2})\b")]
    private static partial Regex Prefix();
}
