using System.Text.Json;
using ConfigAgent.Documents;
using ConfigAgent.Facts;

namespace ConfigAgent.Platforms.Linux.Keepalived;

/// <summary>
/// Reads keepalived's JSON state dump (/tmp/keepalived.json): an array with one entry per VRRP
/// instance, its configuration and state under "data" (keepalived 2.2's vrrp_json.c). Only the
/// fields ConfigAgent compares are read; the rest may change between versions without harm.
/// </summary>
internal static class KeepalivedStateDump
{
    /// <summary>The instances of a complete dump; throws <see cref="JsonException"/> on a partial or foreign one.</summary>
    public static IReadOnlyList<VrrpInstanceFacts> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("keepalived's state dump is not an array of instances");
        }

        var instances = new List<VrrpInstanceFacts>();
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            var data = entry.GetProperty("data");
            instances.Add(new VrrpInstanceFacts(
                data.GetProperty("iname").GetString() ?? "",
                data.GetProperty("ifp_ifname").GetString() ?? "",
                data.GetProperty("vrid").GetInt32(),
                State(data.GetProperty("state").GetInt32()),
                data.GetProperty("base_priority").GetInt32(),
                (int)Math.Round(data.GetProperty("adver_int").GetDouble()),
                !data.GetProperty("nopreempt").GetBoolean(),
                Vips(data),
                Strings(data, "track_ifp"),
                new GarpSettings(
                    data.GetProperty("garp_rep").GetInt32(),
                    data.GetProperty("garp_delay").GetInt32(),
                    data.GetProperty("garp_refresh").GetInt32())));
        }

        return instances;
    }

    // vrrp_data.h: VRRP_STATE_INIT 0, VRRP_STATE_BACK 1, VRRP_STATE_MAST 2, VRRP_STATE_FAULT 3.
    private static VrrpState State(int state) => state switch
    {
        0 => VrrpState.Init,
        1 => VrrpState.Backup,
        2 => VrrpState.Master,
        3 => VrrpState.Fault,
        _ => VrrpState.Unknown,
    };

    /// <summary>"172.26.7.100/24 dev eth0 scope global set": the address and prefix come first.</summary>
    private static List<InterfaceAddress> Vips(JsonElement data)
    {
        var vips = new List<InterfaceAddress>();
        foreach (var text in Strings(data, "vips"))
        {
            var first = text.Split(' ', 2)[0];
            if (InterfaceAddress.TryParse(first, out var address, out _))
            {
                vips.Add(address);
            }
        }

        return vips;
    }

    private static List<string> Strings(JsonElement data, string name) =>
        data.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Select(e => e.GetString()).OfType<string>()]
            : [];
}
