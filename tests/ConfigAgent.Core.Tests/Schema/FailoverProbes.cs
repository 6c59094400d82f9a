using System.Text.Json.Nodes;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Schema;

/// <summary>
/// The <c>failover:</c> block of an interface VIP: every key given each kind of value, the member
/// hostnames swept with every character, the member addresses in every spelling the address
/// rules tell apart (all on the VIP's subnet: a member elsewhere is a rule between values, the
/// loader's alone), the numbers at their range edges, the words, and linux.keepalived.
/// </summary>
internal static class FailoverProbes
{
    private const string Vip = "172.26.7.100/24";

    public static IEnumerable<SchemaProbe> All() =>
        Structure().Concat(Hosts()).Concat(Addresses()).Concat(Numbers()).Concat(Words()).Concat(TakeOver());

    private static SchemaProbe Probe(string family, JsonNode? value, Func<JsonNode?, JsonObject> failover) =>
        SchemaProbe.Of(family, value, v => ("interface_vips", new JsonArray(new JsonObject { ["address"] = Vip, ["interface"] = "eth0", ["failover"] = failover(v) })));

    /// <summary>A valid group with <paramref name="key"/> set to the value under test.</summary>
    private static JsonObject With(string key, JsonNode? value)
    {
        var group = new JsonObject { ["router_id"] = 51, ["members"] = Members(2) };
        group[key] = value;
        return group;
    }

    private static JsonArray Members(int count) =>
        [.. Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject { ["host"] = $"h{i}", ["address"] = $"172.26.7.{10 + i}" })];

    private static JsonArray MembersWith(JsonNode? host, JsonNode? address) =>
        [new JsonObject { ["host"] = host, ["address"] = address }, new JsonObject { ["host"] = "zz-peer", ["address"] = "172.26.7.12" }];

    private static IEnumerable<SchemaProbe> Structure()
    {
        JsonNode?[] shapes = [.. ProbeValues.NonStrings(), JsonValue.Create("x"), new JsonObject { ["bogus"] = 1 }];
        foreach (var shape in shapes)
        {
            yield return SchemaProbe.Of("failover", shape, v => ("interface_vips", new JsonArray(new JsonObject { ["address"] = Vip, ["interface"] = "eth0", ["failover"] = v })));
            yield return Probe("failover.members", shape, v => With("members", v));
            yield return Probe("failover.garp", shape, v => With("garp", v));
            yield return Probe("failover.track_interfaces", shape, v => With("track_interfaces", v));
            yield return Probe("failover.use_vmac", shape, v => With("use_vmac", v));
            yield return Probe("failover member", shape, v => With("members", new JsonArray(v, new JsonObject { ["host"] = "zz-peer", ["address"] = "172.26.7.12" })));
        }

        foreach (var count in new[] { 0, 1, 2, 3, 10, 11 })
        {
            yield return Probe("failover.members", JsonValue.Create(count), _ => With("members", Members(count)));
        }

        yield return Probe("failover", JsonValue.Create("no router_id"), _ => new JsonObject { ["members"] = Members(2) });
        yield return Probe("failover", JsonValue.Create("no members"), _ => new JsonObject { ["router_id"] = 51 });
        yield return Probe("failover member", JsonValue.Create("no host"), _ => With("members", new JsonArray(new JsonObject { ["address"] = "172.26.7.11" }, Members(2)[1]!.DeepClone())));
        yield return Probe("failover member", JsonValue.Create("no address"), _ => With("members", new JsonArray(new JsonObject { ["host"] = "h9" }, Members(2)[1]!.DeepClone())));
        yield return Probe("failover member", JsonValue.Create("bogus key"), _ => With("members", new JsonArray(new JsonObject { ["host"] = "h9", ["address"] = "172.26.7.19", ["bogus"] = 1 }, Members(2)[1]!.DeepClone())));

        // The keys that ask ConfigAgent to add, remove or announce the VIP: keepalived does that.
        foreach (var (key, value) in new (string, JsonNode?)[] { ("announce", 3), ("announce", false), ("ensure", "absent"), ("ensure", "present"), ("label", "eth0:1") })
        {
            yield return SchemaProbe.Of("failover VIP keys", value, v => ("interface_vips", new JsonArray(new JsonObject
            {
                ["address"] = Vip, ["interface"] = "eth0", [key] = v, ["failover"] = With("router_id", 51),
            })));
        }

        yield return SchemaProbe.Of("failover VIP keys", JsonValue.Create("IPv6"), _ => ("interface_vips", new JsonArray(new JsonObject
        {
            ["address"] = "2001:db8::100/64", ["interface"] = "eth0", ["failover"] = With("router_id", 51),
        })));
    }

    private static IEnumerable<SchemaProbe> Hosts()
    {
        IEnumerable<JsonNode?> hosts =
        [
            .. ProbeValues.Sweep(c => c.ToString()).Concat(ProbeValues.Sweep(c => $"h{c}1"))
                .Concat(["", "*", "ha-?", "!ha-a", "ha-a.example.net", new string('a', 253), new string('a', 254)])
                .Where(h => !string.Equals(h, "zz-peer", StringComparison.OrdinalIgnoreCase))
                .Select(ProbeValues.Node),
            .. ProbeValues.NonStrings(),
        ];
        foreach (var host in hosts)
        {
            yield return Probe("failover member host", host, v => With("members", MembersWith(v, "172.26.7.11")));
        }
    }

    private static IEnumerable<SchemaProbe> Addresses()
    {
        IEnumerable<JsonNode?> addresses =
        [
            .. new[]
            {
                "172.26.7.1", "172.26.7.11", "172.26.7.99", "172.26.7.254", "172.26.7.011", "172.026.7.11", "0172.26.7.11",
                "172.26.7.11/24", "172.26.7.11/32", "172.26.7.11/", "172.26.7", "172.26.7.256", "172.26.7.1.1", " 172.26.7.11",
                "172.26.7.11 ", "", "2001:db8::11", "::ffff:172.26.7.11", "::172.26.7.11", "fe80::1%eth0", "x",
            }.Select(ProbeValues.Node),
            .. ProbeValues.NonStrings(),
        ];
        foreach (var address in addresses)
        {
            yield return Probe("failover member address", address, v => With("members", MembersWith("h1", v)));
        }
    }

    private static IEnumerable<SchemaProbe> Numbers()
    {
        JsonNode?[] numbers =
        [
            .. Enumerable.Range(-2, 13).Concat([99, 100, 101, 254, 255, 256, 3599, 3600, 3601, 86399, 86400, 86401]).Select(n => JsonValue.Create(n)),
            JsonValue.Create(1.5), JsonValue.Create(2147483648L), JsonValue.Create("1"), JsonValue.Create("yes"),
            JsonValue.Create(true), null, new JsonArray(), new JsonObject(),
        ];
        foreach (var number in numbers)
        {
            yield return Probe("failover.router_id", number, v => With("router_id", v));
            yield return Probe("failover.advert_interval", number, v => With("advert_interval", v));
            yield return Probe("failover.garp.count", number, v => With("garp", new JsonObject { ["count"] = v }));
            yield return Probe("failover.garp.repeat_after", number, v => With("garp", new JsonObject { ["repeat_after"] = v }));
            yield return Probe("failover.garp.refresh", number, v => With("garp", new JsonObject { ["refresh"] = v }));
        }
    }

    private static IEnumerable<SchemaProbe> Words()
    {
        JsonNode?[] words =
        [
            .. new[] { "unicast", "multicast", "Unicast", "broadcast", "", " unicast", "true" }.Select(ProbeValues.Node),
            JsonValue.Create(1), JsonValue.Create(true), JsonValue.Create(false), null,
        ];
        foreach (var word in words)
        {
            yield return Probe("failover.peering", word, v => With("peering", v));
            yield return Probe("failover.preempt", word, v => With("preempt", v));
        }
    }

    private static IEnumerable<SchemaProbe> TakeOver()
    {
        JsonNode?[] values = [JsonValue.Create(true), JsonValue.Create(false), JsonValue.Create("true"), JsonValue.Create(1), null, new JsonObject(), JsonValue.Create("x")];
        foreach (var value in values)
        {
            yield return SchemaProbe.Of("linux.keepalived.take_over", value, v => ("linux", new JsonObject { ["keepalived"] = new JsonObject { ["take_over"] = v } }));
            yield return SchemaProbe.Of("linux.keepalived", value, v => ("linux", new JsonObject { ["keepalived"] = v }));
        }

        yield return SchemaProbe.Of("linux.keepalived", JsonValue.Create("bogus key"), _ => ("linux", new JsonObject { ["keepalived"] = new JsonObject { ["bogus"] = 1 } }));
    }
}
