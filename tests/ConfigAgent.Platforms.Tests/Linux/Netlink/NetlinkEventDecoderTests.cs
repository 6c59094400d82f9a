using System.Net;
using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.Platforms.Tests.Linux.Netlink;

public sealed class NetlinkEventDecoderTests
{
    private readonly NetlinkEventDecoder _decoder = new();

    [Theory]
    [InlineData(20, "AddressAdded")]
    [InlineData(21, "AddressRemoved")]
    public void Address_notifications_become_address_events(byte type, string kind)
    {
        var message = KernelMessages.LoopbackVip(0, 10);
        message[4] = type;

        var decoded = Decode(message);

        Assert.Equal(kind, decoded!.Kind.ToString());
        Assert.Equal((1, IPAddress.Parse("192.0.2.10"), 32), (decoded.Address!.InterfaceIndex, decoded.Address.Address, decoded.Address.PrefixLength));
    }

    [Fact]
    public void A_link_notification_becomes_a_link_event()
    {
        byte[] message =
        [
            40, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // RTM_NEWLINK
            0, 0, 4, 3, 1, 0, 0, 0, 0x48, 0, 0, 0, 0, 0, 0, 0, // loopback, index 1, LOOPBACK|RUNNING (down)
            7, 0, 3, 0, (byte)'l', (byte)'o', 0, 0, // IFLA_IFNAME
        ];

        var decoded = Decode(message);

        Assert.Equal(NetlinkEventKind.LinkChanged, decoded!.Kind);
        Assert.Equal(("lo", false), (decoded.Link!.Name, decoded.Link.IsUp));
    }

    [Fact]
    public void An_unrelated_message_is_no_event()
    {
        Assert.Null(Decode(KernelMessages.Done(0)));
    }

    private NetlinkEvent? Decode(byte[] datagram)
    {
        var reader = new NetlinkMessageReader(datagram);
        Assert.True(reader.MoveNext());
        return _decoder.Decode(reader.Current);
    }
}
