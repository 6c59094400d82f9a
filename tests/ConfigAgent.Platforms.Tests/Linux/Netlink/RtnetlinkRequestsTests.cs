using System.Net;
using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.Platforms.Tests.Linux.Netlink;

public sealed class RtnetlinkRequestsTests
{
    // A reused buffer holds the previous request: padding must be written, not assumed zero.
    private readonly byte[] _buffer = Enumerable.Repeat((byte)0xEE, RtnetlinkRequests.MaxLength).ToArray();

    [Fact]
    public void A_loopback_vip_is_added_with_local_address_and_label()
    {
        var length = RtnetlinkRequests.WriteNewAddress(_buffer, 5, 1, IPAddress.Parse("192.0.2.10"), 32, "lo:0", noDad: false);

        byte[] expected =
        [
            52, 0, 0, 0, 20, 0, 0x05, 0x06, 5, 0, 0, 0, 0, 0, 0, 0, // RTM_NEWADDR, REQUEST|ACK|EXCL|CREATE, seq 5
            2, 32, 0, 0, 1, 0, 0, 0, // AF_INET, /32, no flags, scope universe, ifindex 1
            8, 0, 2, 0, 192, 0, 2, 10, // IFA_LOCAL
            8, 0, 1, 0, 192, 0, 2, 10, // IFA_ADDRESS
            9, 0, 3, 0, (byte)'l', (byte)'o', (byte)':', (byte)'0', 0, 0, 0, 0, // IFA_LABEL + padding
        ];
        Assert.Equal(expected, _buffer[..length]);
    }

    [Fact]
    public void An_ipv4_address_with_room_for_hosts_gets_the_broadcast_of_brd_plus()
    {
        var length = RtnetlinkRequests.WriteNewAddress(_buffer, 6, 2, IPAddress.Parse("198.51.100.100"), 24, null, noDad: false);

        byte[] expected =
        [
            48, 0, 0, 0, 20, 0, 0x05, 0x06, 6, 0, 0, 0, 0, 0, 0, 0,
            2, 24, 0, 0, 2, 0, 0, 0,
            8, 0, 2, 0, 198, 51, 100, 100,
            8, 0, 1, 0, 198, 51, 100, 100,
            8, 0, 4, 0, 198, 51, 100, 255, // IFA_BROADCAST
        ];
        Assert.Equal(expected, _buffer[..length]);
    }

    [Fact]
    public void An_ipv6_address_without_dad_carries_ifa_f_nodad()
    {
        var length = RtnetlinkRequests.WriteNewAddress(_buffer, 7, 1, IPAddress.Parse("2001:db8::10"), 128, "ignored", noDad: true);

        byte[] expected =
        [
            52, 0, 0, 0, 20, 0, 0x05, 0x06, 7, 0, 0, 0, 0, 0, 0, 0,
            10, 128, 0x02, 0, 1, 0, 0, 0, // AF_INET6, /128, ifa_flags IFA_F_NODAD
            20, 0, 1, 0, 0x20, 0x01, 0x0D, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10, // IFA_ADDRESS
            8, 0, 8, 0, 0x02, 0, 0, 0, // IFA_FLAGS IFA_F_NODAD
        ];
        Assert.Equal(expected, _buffer[..length]);
    }

    [Fact]
    public void A_delete_names_the_address_and_its_prefix()
    {
        var length = RtnetlinkRequests.WriteDeleteAddress(_buffer, 8, 1, IPAddress.Parse("2001:db8::10"), 128);

        byte[] expected =
        [
            44, 0, 0, 0, 21, 0, 0x05, 0x00, 8, 0, 0, 0, 0, 0, 0, 0, // RTM_DELADDR, REQUEST|ACK
            10, 128, 0, 0, 1, 0, 0, 0,
            20, 0, 1, 0, 0x20, 0x01, 0x0D, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
        ];
        Assert.Equal(expected, _buffer[..length]);
    }

    [Fact]
    public void The_address_dump_asks_for_every_family()
    {
        var length = RtnetlinkRequests.WriteAddressDump(_buffer, 9);

        byte[] expected = [24, 0, 0, 0, 22, 0, 0x01, 0x03, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        Assert.Equal(expected, _buffer[..length]);
    }

    [Fact]
    public void The_link_dump_skips_the_statistics()
    {
        var length = RtnetlinkRequests.WriteLinkDump(_buffer, 10);

        byte[] expected =
        [
            40, 0, 0, 0, 18, 0, 0x01, 0x03, 10, 0, 0, 0, 0, 0, 0, 0, // RTM_GETLINK, REQUEST|DUMP
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // ifinfomsg, AF_UNSPEC
            8, 0, 29, 0, 8, 0, 0, 0, // IFLA_EXT_MASK RTEXT_FILTER_SKIP_STATS
        ];
        Assert.Equal(expected, _buffer[..length]);
    }

    [Theory]
    [InlineData("192.0.2.1", 33)]
    [InlineData("2001:db8::1", 129)]
    [InlineData("2001:db8::1", -1)]
    public void A_prefix_beyond_the_address_length_is_refused(string address, int prefixLength)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            RtnetlinkRequests.WriteNewAddress(_buffer, 1, 1, IPAddress.Parse(address), prefixLength, null, noDad: false));
    }

    [Fact]
    public void A_label_longer_than_ifnamsiz_is_refused()
    {
        Assert.Throws<ArgumentException>(() =>
            RtnetlinkRequests.WriteNewAddress(_buffer, 1, 1, IPAddress.Parse("192.0.2.1"), 32, "lo:0123456789abc", noDad: false));
    }

    [Fact]
    public void An_interface_index_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RtnetlinkRequests.WriteDeleteAddress(_buffer, 1, 0, IPAddress.Parse("192.0.2.1"), 32));
    }
}
