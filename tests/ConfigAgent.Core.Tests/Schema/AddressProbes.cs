using System.Globalization;
using System.Text.Json.Nodes;
using ConfigAgent.Documents;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Schema;

/// <summary>
/// Addresses for <c>InterfaceAddress.TryParse</c> and the host-prefix rule of loopback VIPs: hand-picked
/// edge cases, every IPv4 part and prefix spelling, random IPv6 addresses in every compression, and
/// random one-character mutations of all of them.
/// </summary>
internal static class AddressProbes
{
    private static readonly string[] Fixed =
    [
        "", "1.2.3.4", "0.0.0.0", "255.255.255.255", "256.0.0.1", "1.2.3", "1.2.3.4.5", "10.1", "1", "1.2.3.4 ", " 1.2.3.4", "1.2.3.-4",
        "::", "::1", "1::", ":", ":::", "1:2", "1:::2", ":1::", "1::2::3", "fe80::1", "FE80::1", "2001:DB8::1", "2001:db8::zz",
        "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1::2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "01234::", "0000::1", "00000::1",
        "::1.2.3.4", "1::1.2.3.4", "1:2:3:4:5::1.2.3.4", "1:2:3:4:5:6::1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4",
        "::1.2.3", "::1.2.3.4:5", "1.2.3.4::", "::a.b.c.d", "[::1]", "fe80::1%eth0", "1.2.3.4%1", "::ffff:1.2.3.4", "::FFFF:1.2.3.4",
        "::ffff:102:304", "0:0:0:0:0:ffff:1.2.3.4", "0::ffff:1.2.3.4", "::0:ffff:1.2.3.4", "::ffff:0.0.0.0", "::ffff:0:1.2.3.4",
        "0:0:0:0:0:ffff::", "0:0:0:0:0:ffff::1", "0:0:0:0:0:ffff:1::", "::fffe:1.2.3.4", "0:0:0:0:1:ffff:1.2.3.4", "::ffff:1.2.3.4/64",
        "::ffff", "::ffff:1", "ffff::1.2.3.4", "0:0::ffff:1:2", "0:0:0:0:0:0:ffff:1", "::ffff:1:2:3",
        "192.168.010.10", "192.168.10.010/24", "10.0.0.0", "100.100.100.100", "::ffff:1.2.3.010", "::ffff:01.2.3.4", "::1.2.3.04", "1::1.2.3.00",
        "0::1.2.3.4", "00::1.2.3.4", "::0.0.0.0", "::1.0.0.0/96",
    ];

    private static readonly string[] Parts =
    [
        "0", "00", "000", "0000", "01", "010", "001", "007", "08", "09", "018", "077", "078", "099", "1", "7", "77", "99",
        "100", "199", "200", "249", "250", "255", "256", "300", "999", "0255", "a", "",
    ];

    public static IEnumerable<SchemaProbe> All()
    {
        foreach (var text in Corpus())
        {
            yield return SchemaProbe.Of("loopback VIP address", text, v => ("loopback_vips", new JsonArray(v)));

            // The network and broadcast addresses of a prefix are refused by a rule on the address's
            // bits, which a schema cannot express (see SchemaCases.LooserThanLoader).
            if (!InterfaceAddress.TryParse(text, out var address, out _) || !address.IsNetworkOrBroadcastAddress)
            {
                yield return SchemaProbe.Of("interface VIP address", text, v => ("interface_vips", new JsonArray(new JsonObject { ["address"] = v, ["interface"] = "eth0" })));
            }
        }
    }

    private static List<string> Corpus()
    {
        var random = new Random(20250601);
        var corpus = new List<string>(Fixed);
        foreach (var part in Parts)
        {
            for (var position = 0; position < 4; position++)
            {
                string[] ipv4 = ["192", "0", "2", "10"];
                ipv4[position] = part;
                corpus.Add(string.Join('.', ipv4));
                string[] embedded = ["192", "0", "2", "10"];
                embedded[position] = part;
                corpus.Add("2001:db8::" + string.Join('.', embedded));
            }
        }

        string[] prefixes = ["", "00", "000", "0000", "032", "0032", "0128", "-1", "+3", " 3", "3 ", "3/3", "a"];
        foreach (var prefix in prefixes.Concat(Enumerable.Range(0, 131).Select(i => i.ToString(CultureInfo.InvariantCulture))))
        {
            corpus.Add("192.0.2.1/" + prefix);
            corpus.Add("2001:db8::1/" + prefix);
        }

        for (var i = 0; i < 300; i++)
        {
            corpus.Add(RandomIPv6(random));
        }

        var mutated = corpus.Where(text => text.Length > 0).OrderBy(_ => random.Next()).Take(900).Select(text => Mutate(text, random)).ToList();
        return [.. corpus.Concat(mutated).Distinct(StringComparer.Ordinal)];
    }

    private static string RandomIPv6(Random random)
    {
        var groups = Enumerable.Range(0, 8).Select(_ => random.Next(3) == 0 ? 0 : random.Next(random.Next(2) == 0 ? 16 : 0x10000)).ToArray();
        var text = groups.Select(g => Group(g, random)).ToList();
        if (random.Next(4) == 0)
        {
            text.RemoveRange(6, 2);
            text.Add(string.Join('.', groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff));
        }

        var zeros = Enumerable.Range(0, text.Count).Where(i => text[i].All(c => c == '0')).ToList();
        if (zeros.Count == 0 || random.Next(5) == 0)
        {
            return string.Join(':', text);
        }

        // Compress one run of zero groups, of any length, into "::".
        var start = zeros[random.Next(zeros.Count)];
        var end = start;
        while (end + 1 < text.Count && zeros.Contains(end + 1) && random.Next(4) != 0)
        {
            end++;
        }

        return string.Join(':', text.Take(start)) + "::" + string.Join(':', text.Skip(end + 1));
    }

    private static string Group(int value, Random random)
    {
        var hex = value.ToString(random.Next(2) == 0 ? "x" : "X", CultureInfo.InvariantCulture);
        return hex.PadLeft(random.Next(hex.Length, 5), '0');
    }

    private static string Mutate(string text, Random random)
    {
        const string Alphabet = ":.0aF9/%g 1f";
        var at = random.Next(text.Length);
        return random.Next(4) switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, Alphabet[random.Next(Alphabet.Length)].ToString()),
            2 => text.Remove(at, 1).Insert(at, Alphabet[random.Next(Alphabet.Length)].ToString()),
            _ => text.Insert(at, text[at].ToString()),
        };
    }
}
