using System.Net;
using System.Text.Json;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>Reads `ip -j link show` and `ip -j addr show`: the independent view the tests check the product against.</summary>
internal static class IpJson
{
    public static IReadOnlyList<IpJsonAddress> Addresses(string json)
    {
        using var document = JsonDocument.Parse(json);
        var addresses = new List<IpJsonAddress>();
        foreach (var link in document.RootElement.EnumerateArray())
        {
            var name = link.GetProperty("ifname").GetString()!;
            var index = link.GetProperty("ifindex").GetInt32();
            foreach (var info in link.GetProperty("addr_info").EnumerateArray())
            {
                addresses.Add(new IpJsonAddress(
                    name,
                    index,
                    IPAddress.Parse(info.GetProperty("local").GetString()!),
                    info.GetProperty("prefixlen").GetInt32(),
                    info.GetProperty("scope").GetString()!,
                    info.TryGetProperty("label", out var label) ? label.GetString() : null));
            }
        }

        return addresses;
    }

    public static IReadOnlyList<IpJsonLink> Links(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(link => new IpJsonLink(
                link.GetProperty("ifname").GetString()!,
                link.GetProperty("ifindex").GetInt32(),
                link.TryGetProperty("address", out var mac) ? mac.GetString() : null,
                link.GetProperty("operstate").GetString()!))
            .ToList();
    }
}
