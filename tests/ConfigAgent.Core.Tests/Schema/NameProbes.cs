using System.Text.Json.Nodes;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Schema;

/// <summary>
/// Names and free text: interface names, hostname patterns, host labels, address labels, the
/// name and description, Windows connection names and the AIX script and link, each swept with
/// every character of <see cref="ProbeValues.Characters"/> and the lengths at their limits.
/// </summary>
internal static class NameProbes
{
    public static IEnumerable<SchemaProbe> All() =>
        InterfaceNames().Concat(HostnamePatterns()).Concat(HostLabels()).Concat(Text()).Concat(AddressLabels()).Concat(Windows()).Concat(Aix());

    private static IEnumerable<SchemaProbe> InterfaceNames()
    {
        IEnumerable<JsonNode?> names =
        [
            .. ProbeValues.Sweep(c => c.ToString()).Concat(ProbeValues.Sweep(c => $"e{c}")).Concat(ProbeValues.Sweep(c => $"eth{c}0"))
                .Concat(Enumerable.Range(0, 18).Select(n => new string('e', n)))
                .Concat([".", "..", "...", ".a", "a.", "eth0.100", "all", "default", "이더넷", "ééééééé"])
                .Select(ProbeValues.Node),
            .. ProbeValues.NonStrings(),
        ];
        foreach (var name in names)
        {
            yield return SchemaProbe.Of("interface name", name, v => ("interface_vips", new JsonArray(new JsonObject { ["address"] = "192.0.2.10/24", ["interface"] = v })));
            yield return SchemaProbe.Of("ARP interface", name, v => ("arp", new JsonObject { ["interfaces"] = new JsonArray("all", v) }));
        }
    }

    private static IEnumerable<SchemaProbe> HostnamePatterns()
    {
        IEnumerable<JsonNode?> patterns =
        [
            .. ProbeValues.Sweep(c => c.ToString()).Concat(ProbeValues.Sweep(c => $"a{c}")).Concat(ProbeValues.Sweep(c => $"!a{c}"))
                .Concat(["", "!", "!!a", "*", "?", "!*", "web-*.example.net", new string('a', 253), new string('a', 254), "!" + new string('a', 253), "!" + new string('a', 254)])
                .Select(ProbeValues.Node),
            .. ProbeValues.NonStrings(),
        ];
        foreach (var pattern in patterns)
        {
            yield return SchemaProbe.Of("hostname pattern", pattern, v => ("hosts", new JsonArray(v)));
            yield return SchemaProbe.Of("hostname pattern in hosts.names", pattern, v => ("hosts", new JsonObject { ["names"] = new JsonArray(v) }));
        }
    }

    private static IEnumerable<SchemaProbe> HostLabels()
    {
        var keys = ProbeValues.Sweep(c => c.ToString()).Concat(ProbeValues.Sweep(c => $"a{c}")).Concat(ProbeValues.Sweep(c => $"{c}a"))
            .Concat(["", "a/b", "a.b", "9a", new string('a', 63), new string('a', 64)]);
        foreach (var key in keys)
        {
            yield return SchemaProbe.Of("label key", key, v => ("hosts", new JsonObject { ["labels"] = new JsonObject { [(string)v!] = "web" } }));
        }
    }

    private static IEnumerable<SchemaProbe> Text()
    {
        IEnumerable<JsonNode?> values = [.. ProbeValues.Sweep(c => $"a{c}b").Concat(["", " "]).Select(ProbeValues.Node), .. ProbeValues.NonStrings()];
        foreach (var value in values)
        {
            yield return SchemaProbe.Of("name", value, v => ("name", v));
            yield return SchemaProbe.Of("description", value, v => ("description", v));
            yield return SchemaProbe.Of("label value", value, v => ("hosts", new JsonObject { ["labels"] = new JsonObject { ["role"] = v } }));
        }
    }

    private static IEnumerable<SchemaProbe> AddressLabels()
    {
        IEnumerable<JsonNode?> loopback =
        [
            .. ProbeValues.Sweep(c => $"lo:{c}").Concat(ProbeValues.Sweep(c => $"lo{c}"))
                .Concat(["lo", "lo:", "lo:0", "lo0", "lo:a:b", "lo:" + new string('a', 12), "lo:" + new string('a', 13), "eth0:1", "LO:1", ""])
                .Select(ProbeValues.Node),
            .. ProbeValues.NonStrings(),
        ];
        foreach (var label in loopback)
        {
            yield return SchemaProbe.Of("loopback VIP label", label, v => ("loopback_vips", new JsonArray(new JsonObject { ["address"] = "192.0.2.10", ["label"] = v })));
            yield return SchemaProbe.Of("loopback VIP label on IPv6", label, v => ("loopback_vips", new JsonArray(new JsonObject { ["address"] = "2001:db8::10", ["label"] = v })));
        }

        // The label must start with the VIP's interface, a rule between two keys that a schema
        // cannot express: every probe keeps to the interface eth0.
        IEnumerable<JsonNode?> labels =
        [
            .. ProbeValues.Sweep(c => $"eth0:{c}")
                .Concat(["eth0", "eth0:", "eth0:1", "eth0:a:b", "eth0:" + new string('a', 10), "eth0:" + new string('a', 11)])
                .Select(ProbeValues.Node),
            null, new JsonArray(), new JsonObject(),
        ];
        foreach (var label in labels)
        {
            yield return SchemaProbe.Of("interface VIP label", label, v => ("interface_vips", new JsonArray(new JsonObject { ["address"] = "192.0.2.10/24", ["interface"] = "eth0", ["label"] = v })));
            yield return SchemaProbe.Of("interface VIP label on IPv6", label, v => ("interface_vips", new JsonArray(new JsonObject { ["address"] = "2001:db8::10/64", ["interface"] = "eth0", ["label"] = v })));
        }
    }

    private static IEnumerable<SchemaProbe> Windows()
    {
        IEnumerable<JsonNode?> names =
        [
            .. ProbeValues.Sweep(c => c.ToString()).Concat(ProbeValues.Sweep(c => $"a{c}")).Concat(ProbeValues.Sweep(c => $"{c}a")).Concat(ProbeValues.Sweep(c => $"a{c}b"))
                .Concat(["", "Loopback", "Ethernet 2", "이더넷", new string('a', 256), new string('a', 257)])
                .Select(ProbeValues.Node),
            .. ProbeValues.NonStrings(),
        ];
        foreach (var name in names)
        {
            yield return SchemaProbe.Of("windows loopback adapter", name, v => ("windows", new JsonObject { ["loopback_adapter"] = v }));
            yield return SchemaProbe.Of("windows NIC", name, v => ("windows", new JsonObject { ["nics"] = new JsonArray(v) }));
        }
    }

    private static IEnumerable<SchemaProbe> Aix()
    {
        IEnumerable<JsonNode?> scripts =
        [
            .. ProbeValues.Sweep(c => $"/a{c}").Concat(ProbeValues.Sweep(c => $"/{c}/b"))
                .Concat(["", "/", "//", "/a", "a", "a/b", "/a/b.sh", "/a/./b", "/a/../b", "/.", "/..", "/a/.", "/a/..", "/a..b", "/.a", "/..a", "/a/", "/a/b/", "/a//", "/a.sh/", "./a", "/a//b"])
                .Select(ProbeValues.Node),
            .. ProbeValues.NonStrings(),
        ];
        foreach (var script in scripts)
        {
            yield return SchemaProbe.Of("aix script", script, v => ("aix", new JsonObject { ["persistence"] = new JsonObject { ["script"] = v } }));
        }

        IEnumerable<JsonNode?> links =
        [
            .. ProbeValues.Sweep(c => $"S09{c}").Concat(ProbeValues.Sweep(c => $"S0{c}a")).Concat(ProbeValues.Sweep(c => $"{c}09a"))
                .Concat(["", "S", "S0", "S09", "S09x", "S9x", "s09x", "S099", "S09dsr_start", "S09" + new string('a', 61), "S09" + new string('a', 62)])
                .Select(ProbeValues.Node),
            .. ProbeValues.NonStrings(),
        ];
        foreach (var link in links)
        {
            yield return SchemaProbe.Of("aix link", link, v => ("aix", new JsonObject { ["persistence"] = new JsonObject { ["link"] = v } }));
        }
    }
}
