using System.Net;
using System.Text.Json;
using ConfigAgent.IntegrationTests.Lab;
using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.IntegrationTests.Linux.Netlink;

/// <summary>HA VIPs live on NICs: broadcast and duplicate address detection matter there.</summary>
public sealed class RtnetlinkSocketNicTests : IDisposable
{
    private readonly NetworkNamespace _left;
    private readonly NetworkNamespace _right;
    private readonly VethPair _veth;

    public RtnetlinkSocketNicTests()
    {
        LabGuard.RequireNamespaces();
        _left = new NetworkNamespace();
        _right = new NetworkNamespace();
        _veth = VethPair.Create(_left, ["198.51.100.1/24"], _right, ["198.51.100.2/24"]);
    }

    public void Dispose()
    {
        _left.Dispose();
        _right.Dispose();
    }

    [Fact]
    public void An_ipv4_address_gets_the_broadcast_ip_would_give_it()
    {
        var nic = _veth.Left;

        _left.Run(() =>
        {
            using var socket = new RtnetlinkSocket();
            socket.AddAddress(nic.Index, IPAddress.Parse("198.51.100.100"), 24, label: null);
            socket.AddAddress(nic.Index, IPAddress.Parse("203.0.113.9"), 30, label: null);
            socket.AddAddress(nic.Index, IPAddress.Parse("192.0.2.7"), 31, label: null);
        });
        _left.Ip("addr", "add", "192.0.2.66/26", "brd", "+", "dev", nic.Name);

        var broadcasts = Broadcasts(_left.Ip("-j", "addr", "show", "dev", nic.Name));
        Assert.Equal("198.51.100.255", broadcasts["198.51.100.100"]);
        Assert.Equal("203.0.113.11", broadcasts["203.0.113.9"]);
        Assert.Null(broadcasts["192.0.2.7"]);
        Assert.Equal("192.0.2.127", broadcasts["192.0.2.66"]);
    }

    [Fact]
    public void An_ipv6_address_added_with_nodad_is_usable_at_once()
    {
        var nic = _veth.Left;

        var (withDad, withoutDad) = _left.Run(() =>
        {
            using var socket = new RtnetlinkSocket();
            socket.AddAddress(nic.Index, IPAddress.Parse("2001:db8::a"), 64, label: null);
            socket.AddAddress(nic.Index, IPAddress.Parse("2001:db8::b"), 64, label: null, noDad: true);
            var dumped = socket.DumpAddresses();
            return (dumped.Single(a => a.Address.Equals(IPAddress.Parse("2001:db8::a"))),
                dumped.Single(a => a.Address.Equals(IPAddress.Parse("2001:db8::b"))));
        });

        Assert.Contains("tentative", withDad.Flags);
        Assert.Equal(["nodad", "permanent"], withoutDad.Flags);
    }

    private static Dictionary<string, string?> Broadcasts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement[0].GetProperty("addr_info").EnumerateArray()
            .Where(a => a.GetProperty("family").GetString() == "inet")
            .ToDictionary(
                a => a.GetProperty("local").GetString()!,
                a => a.TryGetProperty("broadcast", out var brd) ? brd.GetString() : null);
    }
}
