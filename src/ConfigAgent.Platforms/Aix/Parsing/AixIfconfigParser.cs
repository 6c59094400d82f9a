using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ConfigAgent.Facts;
using ConfigAgent.Platforms.Addressing;

namespace ConfigAgent.Platforms.Aix.Parsing;

/// <summary>
/// Reads AIX <c>ifconfig -a</c> (or <c>ifconfig lo0</c>): a header per interface at column 0
/// (<c>en0: flags=1e084863,480&lt;UP,BROADCAST,...&gt;</c>), then indented <c>inet</c> and
/// <c>inet6</c> lines. The IPv4 netmask is hexadecimal (<c>0xffffff00</c>); an alias printed
/// without one is a host address (/32), as AIX means it (Chef Ohai's AIX plugin reads it so).
/// IPv6 lines carry the prefix after a slash and may carry a zone (<c>::1%1/64</c>). Other lines
/// (tcp_sendspace, iflist, prompts pasted with the output) are skipped; an <c>inet</c> line that
/// cannot be read is an error, never a silently missing address.
/// </summary>
internal static partial class AixIfconfigParser
{
    public static IReadOnlyList<InterfaceFacts> Parse(string output)
    {
        var interfaces = new List<InterfaceFacts>();
        string? name = null;
        var flags = Array.Empty<string>();
        var addresses = new List<AddressFacts>();
        var number = 0;
        foreach (var raw in output.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (Header().Match(line) is { Success: true } header)
            {
                Flush();
                name = header.Groups["name"].Value;
                flags = header.Groups["flags"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries);
                continue;
            }

            var text = line.TrimStart();
            if (name is null || text.Length == line.Length)
            {
                continue;
            }

            if (text.StartsWith("inet6 ", StringComparison.Ordinal))
            {
                addresses.Add(Inet6(text, number));
            }
            else if (text.StartsWith("inet ", StringComparison.Ordinal))
            {
                addresses.Add(Inet(text, number));
            }
        }

        Flush();
        return interfaces;

        void Flush()
        {
            if (name is not null)
            {
                interfaces.Add(new InterfaceFacts(name, interfaces.Count + 1, flags.Contains("LOOPBACK"), flags.Contains("UP"), null, [.. addresses]));
            }

            addresses.Clear();
        }
    }

    private static AddressFacts Inet(string text, int number)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !IPAddress.TryParse(words[1], out var address) || address.AddressFamily != AddressFamily.InterNetwork)
        {
            throw Unreadable(text, number);
        }

        var prefix = 32;
        var netmask = Array.IndexOf(words, "netmask");
        if (netmask > 0)
        {
            var mask = netmask + 1 < words.Length ? words[netmask + 1] : "";
            prefix = (mask.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? Netmask.PrefixOfHex(mask) : Netmask.PrefixOf(mask))
                ?? throw Unreadable(text, number);
        }

        return new AddressFacts(address, prefix);
    }

    private static AddressFacts Inet6(string text, int number)
    {
        var word = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var slash = word.LastIndexOf('/');
        var addressText = slash < 0 ? word : word[..slash];
        var zone = addressText.IndexOf('%', StringComparison.Ordinal);
        if (zone >= 0)
        {
            addressText = addressText[..zone];
        }

        var prefix = 128;
        if ((slash >= 0 && !int.TryParse(word[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out prefix)) || prefix > 128
            || !IPAddress.TryParse(addressText, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            throw Unreadable(text, number);
        }

        return new AddressFacts(address, prefix);
    }

    private static FormatException Unreadable(string text, int number) =>
        new($"ifconfig output line {number}: cannot read the address in '{text}'");

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9_.]*): flags=[0-9a-fA-F]+(?:,[0-9a-fA-F]+)?<(?<flags>[^>]*)>")]
    private static partial Regex Header();
}
