using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.Platforms.Tests.Linux.Netlink;

public sealed class LinkMessageDecoderTests
{
    [Fact]
    public void A_link_decodes_with_its_name_mac_flags_and_mtu()
    {
        byte[] payload =
        [
            0, 0, 1, 0, // ifi_family, pad, ifi_type ARPHRD_ETHER
            2, 0, 0, 0, // ifi_index
            0x43, 0x10, 0x01, 0x00, // ifi_flags UP|BROADCAST|RUNNING|MULTICAST|LOWER_UP
            0, 0, 0, 0, // ifi_change
            10, 0, 1, 0, 0x02, 0xAB, 0xCD, 0x00, 0x01, 0xFF, 0, 0, // IFLA_ADDRESS + 2 bytes of padding
            10, 0, 3, 0, (byte)'e', (byte)'t', (byte)'h', (byte)'0', 0, 0, 0, 0, // IFLA_IFNAME "eth0\0" + padding
            8, 0, 4, 0, 0xDC, 0x05, 0, 0, // IFLA_MTU 1500
        ];

        var link = LinkMessageDecoder.Decode(payload);

        Assert.Equal(new NetlinkLink(2, "eth0", link!.Flags, "02:ab:cd:00:01:ff", 1500), link);
        Assert.Equal(
            LinkFlags.Up | LinkFlags.Broadcast | LinkFlags.Running | LinkFlags.Multicast | LinkFlags.LowerUp,
            link.Flags);
        Assert.True(link.IsUp);
        Assert.False(link.IsLoopback || link.NoArp);
    }

    [Fact]
    public void A_link_without_a_hardware_address_has_no_mac()
    {
        byte[] payload =
        [
            0, 0, 0, 0, 5, 0, 0, 0, 0xC1, 0, 0, 0, 0, 0, 0, 0, // UP|RUNNING|NOARP
            4, 0, 1, 0, // IFLA_ADDRESS, empty
            8, 0, 3, 0, (byte)'t', (byte)'u', (byte)'n', 0, // IFLA_IFNAME "tun"
        ];

        var link = LinkMessageDecoder.Decode(payload);

        Assert.Null(link!.Mac);
        Assert.True(link.NoArp);
    }
}
