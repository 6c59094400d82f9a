using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Dsr;

/// <summary>
/// An HA VIP that apply adds to a NIC is announced, because the kernel does not announce a
/// secondary address: the client sees the gratuitous ARPs (IPv6: unsolicited neighbour
/// advertisements) and moves its neighbour entry to the new MAC.
/// </summary>
public sealed class HaAnnouncementTests : IDisposable
{
    private const string StaleMac = "02:00:00:00:00:99";
    private const int Announcements = 3;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    // Frames are read after the run has ended: they are all queued on the capture socket by then.
    private static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(300);

    private readonly DsrLab _lab;

    public HaAnnouncementTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new DsrLab();
    }

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void An_ha_vip_added_by_apply_is_announced_by_three_gratuitous_arps_from_its_nic()
    {
        var vip = IPAddress.Parse("192.0.2.100");
        _lab.Client.Ip("neigh", "replace", vip.ToString(), "lladdr", StaleMac, "dev", _lab.ClientNic.Name, "nud", "stale");
        using var capture = PacketCapture.Open(_lab.ClientNic);

        Apply("192.0.2.100/24");

        var frames = capture.Collect(f => CapturedFrame.IsArpFor(f, vip), Announcements + 1, Linger).Select(f => new CapturedFrame(f)).ToList();
        Assert.Equal(Announcements, frames.Count);
        Assert.All(frames, arp =>
        {
            Assert.Equal(("ff:ff:ff:ff:ff:ff", _lab.Rs1.Nic.Mac), (arp.Destination, arp.Source));
            Assert.Equal((1, _lab.Rs1.Nic.Mac, vip, vip), (arp.Word(20), arp.Mac(22), arp.Address(28, 4), arp.Address(38, 4)));
        });
        Assert.Equal(_lab.Rs1.Nic.Mac, WaitForNeighbourMac(vip));
    }

    [Fact]
    public void An_ipv6_ha_vip_added_by_apply_is_announced_by_three_unsolicited_neighbour_advertisements()
    {
        var vip = IPAddress.Parse("2001:db8::100");
        _lab.Client.Ip("neigh", "replace", vip.ToString(), "lladdr", StaleMac, "dev", _lab.ClientNic.Name, "nud", "stale");
        using var capture = PacketCapture.Open(_lab.ClientNic);

        Apply("2001:db8::100/64");

        var frames = capture.Collect(f => CapturedFrame.IsAdvertisementFor(f, vip), Announcements + 1, Linger).Select(f => new CapturedFrame(f)).ToList();
        Assert.Equal(Announcements, frames.Count);
        Assert.All(frames, na =>
        {
            Assert.Equal(("33:33:00:00:00:01", _lab.Rs1.Nic.Mac), (na.Destination, na.Source));
            Assert.Equal(0x20, na.Bytes[58] & 0x20);
            Assert.Equal(_lab.Rs1.Nic.Mac, na.Mac(80));
        });
        Assert.Equal(_lab.Rs1.Nic.Mac, WaitForNeighbourMac(vip));
    }

    private void Apply(string vip)
    {
        var document = _lab.Document("ha-vip", DsrDocuments.HaVip(vip, _lab.Rs1.Nic.Name, Announcements));
        _lab.Rs1.Apply(document, "--announce-interval", "50", "--detailed-exitcode").Expect(2);
    }

    private string? WaitForNeighbourMac(IPAddress address)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var json = JsonDocument.Parse(_lab.Client.Ip("-j", "neigh", "show", address.ToString(), "dev", _lab.ClientNic.Name));
            var mac = json.RootElement.EnumerateArray().Select(n => n.TryGetProperty("lladdr", out var l) ? l.GetString() : null).FirstOrDefault();
            if (mac != StaleMac || clock.Elapsed > Timeout)
            {
                return mac;
            }

            Task.Delay(20, TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        }
    }
}
