using ConfigAgent.Platforms.Aix;
using ConfigAgent.Platforms.Aix.Parsing;

namespace ConfigAgent.Platforms.Tests.Aix.Parsing;

public sealed class AixNetstatRoutesParserTests
{
    private static List<string> Rows(string output) =>
        [.. AixNetstatRoutesParser.Parse(output).Select(r => $"{r.Destination} {r.Gateway} {r.Flags} {r.Interface}".Replace("  ", " ", StringComparison.Ordinal))];

    [Fact]
    public void Both_route_trees_are_read_with_networks_written_without_their_zero_octets()
    {
        var rows = Rows(Sample.Read("aix-netstat-rn.tepr2e01.1.txt"));

        Assert.Equal(
            [
                "0.0.0.0/0 10.32.50.1 UG en0",
                "10.32.50.0/32 10.32.50.136 UHSb en0",
                "10.32.50.0/24 10.32.50.136 U en0",
                "10.32.50.136/32 127.0.0.1 UGHS lo0",
                "10.32.50.255/32 10.32.50.136 UHSb en0",
                "10.32.51.0/32 10.32.51.136 UHSb en1",
                "10.32.51.0/24 10.32.51.136 U en1",
                "10.32.51.136/32 127.0.0.1 UGHS lo0",
                "10.32.51.255/32 10.32.51.136 UHSb en1",
                "127.0.0.0/8 127.0.0.1 U lo0",
                "::1/128 ::1%1 UH lo0",
            ],
            rows);
    }

    [Fact]
    public void The_inet_only_listing_without_its_title_line_reads_too()
    {
        var rows = Rows(Sample.Read("aix-netstat-nrf-inet.ohai.1.txt"));

        Assert.Equal(["0.0.0.0/0 172.29.128.13 UG en0", "172.29.128.0/32 172.29.174.58 UHSb en0", "172.29.128.0/18 172.29.174.58 U en0", "172.29.191.255/32 172.29.174.58 UHSb en0"], rows);
    }

    [Fact]
    public void A_route_to_a_local_ipv6_address_without_a_gateway_is_read_with_its_columns_shifted()
    {
        var text = "Route Tree for Protocol Family 24 (Internet v6):\nfe80::80de:eff:fe65:c1a                   UHXLWl    2         0 lo0      -      -\n";

        Assert.Equal(["fe80::80de:eff:fe65:c1a/128  UHXLWl lo0"], AixNetstatRoutesParser.Parse(text).Select(r => $"{r.Destination} {r.Gateway} {r.Flags} {r.Interface}"));
    }

    [Fact]
    public void Only_a_network_route_through_lo0_is_stray_not_the_host_routes_every_local_address_has()
    {
        // aix-netstat-rn.tepr2e01.1.txt with the row a lo0 alias added with netmask 255.255.255.0 leaves
        // (values of the real rows, not a captured one: no sample shows it).
        var text = Sample.Read("aix-netstat-rn.tepr2e01.1.txt").Replace(
            "127/8              127.0.0.1         U       146 136830177 lo0      -      -",
            "127/8              127.0.0.1         U       146 136830177 lo0      -      -\n192.168.0/24       192.168.0.10      U         0         0 lo0      -      -",
            StringComparison.Ordinal);
        var settings = AixRoutes.Settings(AixNetstatRoutesParser.Parse(text)).ToDictionary(s => s.Key, s => s.Value);

        var stray = Assert.Single(AixRoutes.Stray(settings));

        Assert.Equal(("192.168.0.0/24", "192.168.0.10"), (stray.Destination.ToString(), stray.Gateway));
        Assert.Equal("route delete -net 192.168.0.0 -netmask 255.255.255.0 192.168.0.10", AixRoutes.RemovalCommand(stray.Destination, stray.Gateway));
    }
}
