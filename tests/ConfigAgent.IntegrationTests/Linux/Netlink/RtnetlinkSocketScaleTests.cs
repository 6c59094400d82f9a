using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ConfigAgent.IntegrationTests.Lab;
using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.IntegrationTests.Linux.Netlink;

/// <summary>
/// A DSR real server may carry thousands of VIPs: one dump must return them all, quickly,
/// over as many datagrams as the kernel needs.
/// </summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class RtnetlinkSocketScaleTests : IDisposable
{
    private const int Loopback = 1;

    private readonly NetworkNamespace _ns;

    public RtnetlinkSocketScaleTests()
    {
        LabGuard.RequireNamespaces();
        _ns = new NetworkNamespace();
        _ns.Ip("link", "set", "lo", "up");
    }

    public void Dispose() => _ns.Dispose();

    [Fact]
    public void Ten_thousand_addresses_are_dumped_completely()
    {
        // The kernel's cost of an IPv6 add grows with the namespace's IPv6 addresses: 10,000 take
        // it over 5 s, `ip -batch` as well. The IPv4 documentation ranges hold 768 addresses, so
        // each goes on twelve interfaces, with 2,000 IPv6 addresses besides.
        var nics = Enumerable.Range(0, 6).SelectMany(i => new[] { $"vs{i}a", $"vs{i}b" }).ToList();
        for (var i = 0; i < nics.Count; i += 2)
        {
            _ns.Ip("link", "add", nics[i], "type", "veth", "peer", "name", nics[i + 1]);
        }

        var indexes = IpJson.Links(_ns.Ip("-j", "link", "show")).Where(l => nics.Contains(l.Name)).Select(l => l.Index).ToList();
        var expected = indexes.SelectMany(index => Ipv4Vips().Select(vip => (index, vip)))
            .Concat(Ipv6Vips(2_000).Select(vip => (index: Loopback, vip)))
            .ToList();

        var (dumped, elapsed) = _ns.Run(() =>
        {
            using var socket = new RtnetlinkSocket();
            foreach (var (index, vip) in expected)
            {
                socket.AddAddress(index, vip, vip.AddressFamily == AddressFamily.InterNetwork ? 32 : 128, label: null);
            }

            // Straight after the adds the kernel is still completing the IPv6 addresses' duplicate
            // address detection, one table change each: the first dump is interrupted and asked
            // again until the table holds still (on a loaded machine, ten times and more), so it
            // proves completeness; the speed is that of a dump of a settled table.
            var clock = Stopwatch.StartNew();
            var first = socket.DumpAddresses();
            var settling = clock.Elapsed;
            clock.Restart();
            socket.DumpAddresses();
            var settled = clock.Elapsed;
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"dumped {first.Count} addresses in {settling.TotalMilliseconds:F1} ms right after the adds, again in {settled.TotalMilliseconds:F1} ms");
            return (first, settled);
        });

        Assert.True(expected.Count >= 10_000);
        Assert.Equal(expected.Count + 2, dumped.Count);
        Assert.Superset(expected.ToHashSet(), dumped.Select(a => (a.InterfaceIndex, a.Address)).ToHashSet());
        Assert.Equal(dumped.Count, IpJson.Addresses(_ns.Ip("-j", "addr", "show")).Count);
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"the dump took {elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void A_thousand_addresses_are_added_one_by_one_quickly()
    {
        var vips = Ipv6Vips(1_000).ToList();

        var elapsed = _ns.Run(() =>
        {
            using var socket = new RtnetlinkSocket();
            var clock = Stopwatch.StartNew();
            foreach (var vip in vips)
            {
                socket.AddAddress(Loopback, vip, 128, label: null);
            }

            return clock.Elapsed;
        });

        TestContext.Current.TestOutputHelper?.WriteLine($"added {vips.Count} addresses in {elapsed.TotalMilliseconds:F1} ms");
        Assert.Equal(vips.Count + 2, IpJson.Addresses(_ns.Ip("-j", "addr", "show")).Count);
        Assert.True(elapsed < TimeSpan.FromMilliseconds(500), $"adding took {elapsed.TotalMilliseconds:F0} ms");
    }

    /// <summary>Every address of the three IPv4 documentation /24s.</summary>
    private static IEnumerable<IPAddress> Ipv4Vips() =>
        from network in new[] { "192.0.2", "198.51.100", "203.0.113" }
        from host in Enumerable.Range(0, 256)
        select IPAddress.Parse($"{network}.{host}");

    private static IEnumerable<IPAddress> Ipv6Vips(int count) =>
        Enumerable.Range(1, count).Select(i => IPAddress.Parse($"2001:db8:1::{i:x}"));
}
