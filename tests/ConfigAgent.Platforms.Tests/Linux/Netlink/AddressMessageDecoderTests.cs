using System.Net;
using System.Net.Sockets;
using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.Platforms.Tests.Linux.Netlink;

public sealed class AddressMessageDecoderTests
{
    private readonly AddressMessageDecoder _decoder = new();

    [Fact]
    public void An_ipv4_vip_on_lo_decodes_with_its_label_and_flags()
    {
        var payload = KernelMessages.LoopbackVip(1, 10)[16..];

        var address = _decoder.Decode(payload);

        Assert.Equal(
            new NetlinkAddress(1, AddressFamily.InterNetwork, IPAddress.Parse("192.0.2.10"), 32, "global", "lo:0", ["permanent"]),
            address);
    }

    [Fact]
    public void On_a_point_to_point_link_the_ipv4_address_is_ifa_local_not_the_peer()
    {
        byte[] payload =
        [
            2, 32, 0, 0, 3, 0, 0, 0,
            8, 0, 1, 0, 203, 0, 113, 2, // IFA_ADDRESS: the peer
            8, 0, 2, 0, 203, 0, 113, 1, // IFA_LOCAL: this end
        ];

        var address = _decoder.Decode(payload);

        Assert.Equal(IPAddress.Parse("203.0.113.1"), address!.Address);
    }

    [Fact]
    public void An_ipv6_address_takes_its_flags_from_ifa_flags_and_has_no_label()
    {
        byte[] payload =
        [
            10, 64, 0x80, 253, 2, 0, 0, 0, // AF_INET6, /64, ifa_flags permanent, scope link, ifindex 2
            20, 0, 1, 0, 0xFE, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, // IFA_ADDRESS fe80::1
            8, 0, 8, 0, 0xC2, 0x08, 0, 0, // IFA_FLAGS: nodad, tentative, permanent, stable-privacy
        ];

        var address = _decoder.Decode(payload);

        Assert.Equal((AddressFamily.InterNetworkV6, IPAddress.Parse("fe80::1"), 64, "link", (string?)null), (address!.Family, address.Address, address.PrefixLength, address.Scope, address.Label));
        Assert.Equal(["nodad", "tentative", "permanent", "stable-privacy"], address.Flags);
    }

    [Fact]
    public void Without_ifa_flags_the_flags_come_from_the_header()
    {
        byte[] payload =
        [
            2, 24, 0x01, 0, 2, 0, 0, 0, // ifa_flags IFA_F_SECONDARY
            8, 0, 2, 0, 198, 51, 100, 7,
        ];

        var address = _decoder.Decode(payload);

        Assert.Equal(["secondary"], address!.Flags);
    }

    [Theory]
    [InlineData(0, "global")]
    [InlineData(200, "site")]
    [InlineData(253, "link")]
    [InlineData(254, "host")]
    [InlineData(100, "100")]
    public void Scopes_are_named_as_ip_names_them(byte scope, string name)
    {
        byte[] payload = [2, 8, 0, scope, 1, 0, 0, 0, 8, 0, 2, 0, 127, 0, 0, 1];

        Assert.Equal(name, _decoder.Decode(payload)!.Scope);
    }

    [Fact]
    public void A_family_other_than_ipv4_and_ipv6_is_skipped()
    {
        byte[] payload = [17, 0, 0, 0, 1, 0, 0, 0];

        Assert.Null(_decoder.Decode(payload));
    }
}
