using System.Text.Json.Nodes;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Schema;

/// <summary>
/// Sysctl names (<c>SysctlName.TryParse</c>), values (<c>SysctlCatalogue.Normalize</c>), the
/// ranges of the catalogue and the long form <c>{value, ensure}</c>.
/// </summary>
internal static class SysctlProbes
{
    private static readonly string[] Roots = ["net", "kernel", "vm", "fs", "dev", "abi", "user", "sunrpc", "crypto", "debug"];

    private static readonly string[] Catalogued =
    [
        "net.ipv4.conf.all.arp_ignore", "net.ipv4.conf.eth0/100.arp_announce", "net.ipv4.conf.lo.rp_filter", "net.ipv4.conf.default.arp_filter",
        "net.ipv4.conf.all.forwarding", "net.ipv6.conf.all.forwarding", "net.ipv6.conf.eth0.dad_transmits", "net.ipv6.conf.lo.accept_ra",
        "net.ipv6.conf.lo.disable_ipv6", "net.ipv4.ip_forward", "net.core.somaxconn", "net.ipv4.ip_local_port_range",
        "net.ipv4.conf.all.promote_secondaries", "net.ipv4.tcp_syncookies", "net.ipv6.neigh.eth0.arp_ignore", "net.ipv4.conf.eth0.arp_ignore.x", "net.ipv4.conf.eth0.arp_ignore_x",
    ];

    private static readonly string[] CataloguedTexts =
    [
        "1", " 1 ", "\t1", "+1", "-0", "-1", "01", "0001", "1.0", "1 1", "1\t", "a", "0x1", "007", "8", "255", "256",
        "2147483647", "2147483648", "00000000002147483647", "-2147483648", "1024 65000", "1024  65000", "1024\t65000", "0 5", "65535 65535",
        "5 65536", "1 2 3", "+1 +2", "-0 5", "1024 65000 ", "01024 065000",
    ];

    public static IEnumerable<SchemaProbe> All() => Names().Concat(Values()).Concat(LongForms()).Concat(Ranges());

    private static IEnumerable<SchemaProbe> Names()
    {
        var names = Roots.SelectMany(root => new[] { root, root + ".x", root + ".x.y", root + ".a-b_C9" })
            .Concat(ProbeValues.Sweep(c => $"kernel.a{c}"))
            .Concat(ProbeValues.Sweep(c => $"net.ipv4.conf.e{c}.rp_filter"))
            .Concat(ProbeValues.Sweep(c => $"net.ipv6.neigh.{c}.x"))
            .Concat(
            [
                "", ".", "net.", ".net", "net..x", "Net.x", "NET.x", "net/x", "net/x/y", "net.x/y", "kernel.x.", "kernel..",
                "net.ipv4.conf.eth0/100.rp_filter", "net.ipv4.conf.//.x", "net.ipv4.conf./.x", "net.ipv4.conf.a//b.x", "net.ipv4.conf.all.x",
                "net.ipv4.conf." + new string('e', 15) + ".x", "net.ipv4.conf." + new string('e', 16) + ".x", "net.ipv4.conf.eth0.100.arp_ignore",
                "net.ipv4.conf.eth0", "net.ipv4.conf.eth:0.x", "net.ipv4.route.eth:0.x", "net.ipv5.conf.e:th.x", "net.ipv4.conf.a b.x",
                "net.ipv4.conf.é.x", "net.ipv4.neigh.이더넷.x", "net.ipv4.conf.e.x.", "net.ipv4.conf.e/.x", "net.ipv4.conf./e.x",
                "net.ipv4.conf.all.x.y", "net.ipv6.conf.eth0.100.x", "net.ipv6.neigh.eth0.100.x", "net.ipv4.neigh.a.b.c.d", "net.ipv4.conf.eth0/100.x.y",
                "net.ipv4.conf.e:0.1.x", "net.ipv4.conf.a..x", "net.ipv4.route.a.b.c", "net.ipv4.confx.a.b.c", "net.ipv4.conf", "net.ipv4.conf.all",
            ]);
        foreach (var name in names)
        {
            yield return SchemaProbe.Of("sysctl name", name, v => ("sysctls", new JsonObject { [(string)v!] = new JsonObject { ["ensure"] = "absent" } }));
        }
    }

    private static IEnumerable<SchemaProbe> Values()
    {
        IEnumerable<JsonNode?> values =
        [
            .. ProbeValues.Sweep(c => $"a{c}b").Concat(ProbeValues.Sweep(c => c.ToString()))
                .Concat(["", " ", "\t", " 1", "1 ", "1  2", "1\t2", "1\n", "1\r", "1\n2", "$(x)", "`x`", "a;b", "a|b", "core.%e.%p", "a=b@c"])
                .Select(ProbeValues.Node),
            .. ProbeValues.NonStrings(),
            JsonValue.Create(1e300),
        ];
        foreach (var value in values)
        {
            yield return SchemaProbe.Of("sysctl value", value, v => ("sysctls", new JsonObject { ["kernel.probe"] = v }));
        }
    }

    private static IEnumerable<SchemaProbe> LongForms()
    {
        JsonNode?[] forms =
        [
            new JsonObject { ["value"] = 1 }, new JsonObject { ["value"] = "a b" }, new JsonObject { ["value"] = "$x" }, new JsonObject { ["value"] = null },
            new JsonObject { ["value"] = new JsonArray(1) }, new JsonObject { ["ensure"] = "absent" }, new JsonObject { ["ensure"] = "absent", ["value"] = 1 },
            new JsonObject { ["ensure"] = "present" }, new JsonObject { ["ensure"] = "present", ["value"] = 1 }, new JsonObject(),
            new JsonObject { ["ensure"] = "maybe", ["value"] = 1 }, new JsonObject { ["ensure"] = null, ["value"] = 1 },
            new JsonObject { ["ensure"] = 1, ["value"] = 1 }, new JsonObject { ["other"] = 1, ["value"] = 1 }, new JsonObject { ["ensure"] = "Absent" },
        ];
        foreach (var name in new[] { "kernel.probe", "net.ipv4.ip_forward" })
        {
            foreach (var form in forms)
            {
                yield return SchemaProbe.Of("sysctl long form", form, v => ("sysctls", new JsonObject { [name] = v }));
            }
        }
    }

    private static IEnumerable<SchemaProbe> Ranges()
    {
        IEnumerable<JsonNode?> values =
        [
            .. Enumerable.Range(-2, 13).Concat([254, 255, 256, 65535, 65536]).Select(n => JsonValue.Create(n)),
            JsonValue.Create(2147483647L), JsonValue.Create(2147483648L), JsonValue.Create(1.5), JsonValue.Create(true), null,
            .. CataloguedTexts.Select(ProbeValues.Node),
        ];
        foreach (var name in Catalogued)
        {
            foreach (var value in values)
            {
                yield return SchemaProbe.Of("catalogued sysctl " + name, value, v => ("sysctls", new JsonObject { [name] = v }));
            }

            foreach (var text in new[] { "1", "5", "1024 65000", "x" })
            {
                yield return SchemaProbe.Of("catalogued sysctl " + name, text, v => ("sysctls", new JsonObject { [name] = new JsonObject { ["value"] = v } }));
            }
        }
    }
}
