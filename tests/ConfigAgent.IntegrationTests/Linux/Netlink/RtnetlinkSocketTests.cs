using System.Net;
using System.Net.Sockets;
using ConfigAgent.IntegrationTests.Lab;
using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.IntegrationTests.Linux.Netlink;

public sealed class RtnetlinkSocketTests : IDisposable
{
    private const int Loopback = 1;

    private static readonly IPAddress Vip4 = IPAddress.Parse("192.0.2.10");
    private static readonly IPAddress Vip6 = IPAddress.Parse("2001:db8::10");

    private readonly NetworkNamespace _ns;

    public RtnetlinkSocketTests()
    {
        LabGuard.RequireNamespaces();
        _ns = new NetworkNamespace();
        _ns.Ip("link", "set", "lo", "up");
    }

    public void Dispose() => _ns.Dispose();

    [Fact]
    public void A_fresh_namespace_dumps_lo_with_its_loopback_addresses()
    {
        var (links, addresses) = _ns.Run(() =>
        {
            using var socket = new RtnetlinkSocket();
            return (socket.DumpLinks(), socket.DumpAddresses());
        });

        var lo = Assert.Single(links);
        Assert.Equal(new NetlinkLink(Loopback, "lo", lo.Flags, "00:00:00:00:00:00", 65536), lo);
        Assert.True(lo.IsUp && lo.IsLoopback);
        Assert.Collection(
            addresses,
            v4 => Assert.Equal(
                (Loopback, AddressFamily.InterNetwork, IPAddress.Loopback, 8, "host", "lo", true),
                (v4.InterfaceIndex, v4.Family, v4.Address, v4.PrefixLength, v4.Scope, v4.Label, v4.HasFlag("permanent"))),
            v6 => Assert.Equal(
                (Loopback, AddressFamily.InterNetworkV6, IPAddress.IPv6Loopback, 128, "host", (string?)null, true),
                (v6.InterfaceIndex, v6.Family, v6.Address, v6.PrefixLength, v6.Scope, v6.Label, v6.HasFlag("permanent"))));
    }

    [Fact]
    public void Vips_added_on_lo_read_back_with_their_label_and_scope()
    {
        var dumped = _ns.Run(() =>
        {
            using var socket = new RtnetlinkSocket();
            socket.AddAddress(Loopback, Vip4, 32, "lo:0");
            socket.AddAddress(Loopback, Vip6, 128, label: null);
            return socket.DumpAddresses();
        });

        var v4 = Assert.Single(dumped, a => a.Address.Equals(Vip4));
        Assert.Equal((32, "global", "lo:0"), (v4.PrefixLength, v4.Scope, v4.Label));
        var v6 = Assert.Single(dumped, a => a.Address.Equals(Vip6));
        Assert.Equal((128, "global", (string?)null), (v6.PrefixLength, v6.Scope, v6.Label));
        var listed = IpJson.Addresses(_ns.Ip("-j", "addr", "show", "dev", "lo"));
        Assert.Contains(new IpJsonAddress("lo", Loopback, Vip4, 32, "global", "lo:0"), listed);
        Assert.Contains(new IpJsonAddress("lo", Loopback, Vip6, 128, "global", null), listed);
    }

    [Fact]
    public void Deleted_vips_are_gone_from_the_dump_and_from_ip()
    {
        var dumped = _ns.Run(() =>
        {
            using var socket = new RtnetlinkSocket();
            socket.AddAddress(Loopback, Vip4, 32, "lo:0");
            socket.AddAddress(Loopback, Vip6, 128, label: null);
            socket.DeleteAddress(Loopback, Vip4, 32);
            socket.DeleteAddress(Loopback, Vip6, 128);
            return socket.DumpAddresses();
        });

        Assert.Equal([IPAddress.Loopback, IPAddress.IPv6Loopback], dumped.Select(a => a.Address));
        var listed = IpJson.Addresses(_ns.Ip("-j", "addr", "show", "dev", "lo"));
        Assert.Equal([IPAddress.Loopback, IPAddress.IPv6Loopback], listed.Select(a => a.Address));
    }

    [Fact]
    public void Adding_an_existing_address_reports_file_exists()
    {
        _ns.Ip("addr", "add", "192.0.2.10/32", "dev", "lo");

        var error = _ns.Run(() =>
        {
            using var socket = new RtnetlinkSocket();
            return Assert.Throws<NetlinkException>(() => socket.AddAddress(Loopback, Vip4, 32, "lo:0"));
        });

        Assert.Equal((17, "File exists"), (error.Errno, error.Message));
    }

    [Fact]
    public void Adding_to_a_missing_interface_reports_no_such_device()
    {
        var error = _ns.Run(() =>
        {
            using var socket = new RtnetlinkSocket();
            return Assert.Throws<NetlinkException>(() => socket.AddAddress(4242, Vip4, 32, label: null));
        });

        Assert.Equal((19, "No such device"), (error.Errno, error.Message));
    }

    [Fact]
    public void Deleting_a_missing_address_reports_cannot_assign_requested_address()
    {
        var error = _ns.Run(() =>
        {
            using var socket = new RtnetlinkSocket();
            return Assert.Throws<NetlinkException>(() => socket.DeleteAddress(Loopback, Vip6, 128));
        });

        Assert.Equal((99, "Cannot assign requested address"), (error.Errno, error.Message));
    }

    [Fact]
    public void A_failed_request_leaves_the_socket_usable()
    {
        var dumped = _ns.Run(() =>
        {
            using var socket = new RtnetlinkSocket();
            Assert.Throws<NetlinkException>(() => socket.DeleteAddress(Loopback, Vip4, 32));
            socket.AddAddress(Loopback, Vip4, 32, label: null);
            return socket.DumpAddresses();
        });

        Assert.Contains(dumped, a => a.Address.Equals(Vip4));
    }
}
