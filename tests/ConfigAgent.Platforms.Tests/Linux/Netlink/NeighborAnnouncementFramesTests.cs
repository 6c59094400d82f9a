using System.Net;
using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.Platforms.Tests.Linux.Netlink;

public sealed class NeighborAnnouncementFramesTests
{
    private static readonly byte[] Mac = [0x02, 0x00, 0x5E, 0x10, 0x20, 0x30];

    [Fact]
    public void A_gratuitous_arp_is_a_broadcast_request_for_the_address_by_itself()
    {
        var frame = Enumerable.Repeat((byte)0xEE, ArpAnnouncement.FrameLength).ToArray();

        ArpAnnouncement.Write(frame, Mac, IPAddress.Parse("192.0.2.100"));

        byte[] expected =
        [
            0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, .. Mac, 0x08, 0x06, // Ethernet: broadcast, from Mac, ARP
            0x00, 0x01, 0x08, 0x00, 6, 4, 0x00, 0x01, // Ethernet/IPv4, hlen 6, plen 4, request
            .. Mac, 192, 0, 2, 100, // sender: Mac, the VIP
            0, 0, 0, 0, 0, 0, 192, 0, 2, 100, // target: zero MAC, the VIP (RFC 5227 section 2.3)
            .. new byte[18], // padding to the Ethernet minimum
        ];
        Assert.Equal(expected, frame);
    }

    [Fact]
    public void A_request_asks_for_the_target_in_the_name_of_the_sender()
    {
        var frame = Enumerable.Repeat((byte)0xEE, ArpAnnouncement.FrameLength).ToArray();

        ArpAnnouncement.WriteRequest(frame, Mac, IPAddress.Parse("192.0.2.11"), IPAddress.Parse("192.0.2.100"));

        Assert.Equal([.. Mac, 192, 0, 2, 11, 0, 0, 0, 0, 0, 0, 192, 0, 2, 100], frame[22..42]);
        Assert.Equal([0x00, 0x01], frame[20..22]);
    }

    [Fact]
    public void An_unsolicited_advertisement_overrides_and_carries_the_target_link_layer_address()
    {
        var message = Enumerable.Repeat((byte)0xEE, NeighborAdvertisement.Length).ToArray();

        NeighborAdvertisement.Write(message, Mac, IPAddress.Parse("2001:db8::100"));

        byte[] expected =
        [
            136, 0, 0, 0, // type, code, checksum left to the kernel
            0x20, 0, 0, 0, // Override; not Router, not Solicited
            0x20, 0x01, 0x0D, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01, 0x00, // target
            2, 1, .. Mac, // Target Link-Layer Address option, 8 bytes
        ];
        Assert.Equal(expected, message);
    }

    [Fact]
    public void A_packet_end_point_is_a_sockaddr_ll()
    {
        var address = new PacketEndPoint(7, 0x0806, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]).Serialize();

        byte[] expected =
        [
            17, 0, // sll_family AF_PACKET
            0x08, 0x06, // sll_protocol, network order
            7, 0, 0, 0, // sll_ifindex
            0, 0, 0, // sll_hatype, sll_pkttype
            6, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, // sll_halen, sll_addr[8]
        ];
        Assert.Equal(expected, address.Buffer.ToArray());
    }

    [Theory]
    [InlineData("not a mac")]
    [InlineData("02:00:5e:10:20")]
    [InlineData("")]
    public void The_announcer_refuses_a_malformed_mac_before_opening_a_socket(string mac)
    {
        var announcer = new NeighborAnnouncer();

        Assert.Throws<ArgumentException>(() =>
            announcer.Announce(2, mac, IPAddress.Parse("192.0.2.100"), 1, TimeSpan.Zero, TestContext.Current.CancellationToken));
    }
}
