using System.Text.Json.Nodes;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Schema;

/// <summary>
/// The shape of the document: every section given each kind of value, unknown keys at every
/// level, the numbers and their ranges, booleans, and the option words.
/// </summary>
internal static class ShapeProbes
{
    private static readonly (string Family, Func<JsonNode?, (string, JsonNode?)> Place)[] Sections =
    [
        ("hosts", v => ("hosts", v)),
        ("hosts.names", v => ("hosts", new JsonObject { ["names"] = v })),
        ("hosts.labels", v => ("hosts", new JsonObject { ["labels"] = v })),
        ("hosts.networks", v => ("hosts", new JsonObject { ["networks"] = v })),
        ("loopback_vips", v => ("loopback_vips", v)),
        ("a loopback VIP", v => ("loopback_vips", new JsonArray(v))),
        ("interface_vips", v => ("interface_vips", v)),
        ("an interface VIP", v => ("interface_vips", new JsonArray(v))),
        ("arp", v => ("arp", v)),
        ("arp.interfaces", v => ("arp", new JsonObject { ["interfaces"] = v })),
        ("sysctls", v => ("sysctls", v)),
        ("linux", v => ("linux", v)),
        ("linux.persistence", v => ("linux", new JsonObject { ["persistence"] = v })),
        ("aix", v => ("aix", v)),
        ("aix.persistence", v => ("aix", new JsonObject { ["persistence"] = v })),
        ("windows", v => ("windows", v)),
        ("windows.nics", v => ("windows", new JsonObject { ["nics"] = v })),
        ("an unknown key", v => ("bogus", v)),
    ];

    public static IEnumerable<SchemaProbe> All() => Structure().Concat(Numbers()).Concat(Words()).Concat(Documents());

    private static IEnumerable<SchemaProbe> Structure()
    {
        foreach (var (family, place) in Sections)
        {
            JsonNode?[] values =
            [
                .. ProbeValues.NonStrings(), JsonValue.Create("x"), new JsonObject { ["bogus"] = 1 }, new JsonArray(new JsonObject()),
                new JsonArray(new JsonArray()), new JsonArray(new JsonObject { ["bogus"] = 1 }),
            ];
            foreach (var value in values)
            {
                yield return SchemaProbe.Of("section " + family, value, place);
            }
        }

        JsonNode?[] vips =
        [
            new JsonObject { ["address"] = "192.0.2.10/24", ["interface"] = "eth0", ["bogus"] = 1 },
            new JsonObject { ["address"] = "192.0.2.10/24" },
            new JsonObject { ["interface"] = "eth0" },
            new JsonObject { ["address"] = "192.0.2.10", ["ensure"] = "absent", ["label"] = "lo:1" },
            new JsonObject { ["address"] = "192.0.2.10", ["bogus"] = 1 },
            new JsonObject { ["label"] = "lo:1" },
        ];
        foreach (var vip in vips)
        {
            yield return SchemaProbe.Of("section an interface VIP", vip, v => ("interface_vips", new JsonArray(v)));
            yield return SchemaProbe.Of("section a loopback VIP", vip, v => ("loopback_vips", new JsonArray(v)));
        }
    }

    private static IEnumerable<SchemaProbe> Numbers()
    {
        JsonNode?[] numbers =
        [
            .. Enumerable.Range(-2, 13).Concat([49, 50, 51, 253, 254, 9998, 9999, 10000, 10001]).Select(n => JsonValue.Create(n)),
            JsonValue.Create(1.5), JsonValue.Create(2147483648L), JsonValue.Create("1"), JsonValue.Create("3"), JsonValue.Create("yes"),
            JsonValue.Create(true), JsonValue.Create(false), null, new JsonArray(), new JsonObject(),
        ];
        foreach (var number in numbers)
        {
            yield return new SchemaProbe("version", number?.ToJsonString() ?? "null", new JsonObject { ["version"] = number?.DeepClone() });
            yield return SchemaProbe.Of("arp.ignore", number, v => ("arp", new JsonObject { ["ignore"] = v }));
            yield return SchemaProbe.Of("arp.announce", number, v => ("arp", new JsonObject { ["announce"] = v }));
            yield return SchemaProbe.Of("announce", number, v => ("interface_vips", new JsonArray(new JsonObject { ["address"] = "192.0.2.10/24", ["interface"] = "eth0", ["announce"] = v })));
            yield return SchemaProbe.Of("windows.metric", number, v => ("windows", new JsonObject { ["metric"] = v }));
            yield return SchemaProbe.Of("windows.create_loopback", number, v => ("windows", new JsonObject { ["create_loopback"] = v }));
        }
    }

    private static IEnumerable<SchemaProbe> Words()
    {
        JsonNode?[] words =
        [
            .. new[]
            {
                "present", "absent", "Present", "auto", "network-scripts", "networkmanager", "NetworkManager", "systemd", "none",
                "sysctl.d", "sysctl.conf", "rc2", "rc.net", "rc", "", " none",
            }.Select(ProbeValues.Node),
            JsonValue.Create(1), JsonValue.Create(true), null,
        ];
        foreach (var word in words)
        {
            yield return SchemaProbe.Of("loopback VIP ensure", word, v => ("loopback_vips", new JsonArray(new JsonObject { ["address"] = "192.0.2.10", ["ensure"] = v })));
            yield return SchemaProbe.Of("interface VIP ensure", word, v => ("interface_vips", new JsonArray(new JsonObject { ["address"] = "192.0.2.10/24", ["interface"] = "eth0", ["ensure"] = v })));
            yield return SchemaProbe.Of("sysctl ensure", word, v => ("sysctls", new JsonObject { ["kernel.probe"] = new JsonObject { ["ensure"] = v, ["value"] = 1 } }));
            yield return SchemaProbe.Of("linux.persistence.addresses", word, v => ("linux", new JsonObject { ["persistence"] = new JsonObject { ["addresses"] = v } }));
            yield return SchemaProbe.Of("linux.persistence.sysctls", word, v => ("linux", new JsonObject { ["persistence"] = new JsonObject { ["sysctls"] = v } }));
            yield return SchemaProbe.Of("aix.persistence.style", word, v => ("aix", new JsonObject { ["persistence"] = new JsonObject { ["style"] = v } }));
        }
    }

    private static IEnumerable<SchemaProbe> Documents()
    {
        JsonNode[] documents = [new JsonArray(), JsonValue.Create("version: 1"), JsonValue.Create(1)];
        foreach (var document in documents)
        {
            yield return new SchemaProbe("document", document.ToJsonString(), new JsonObject { ["document"] = document });
        }
    }
}
