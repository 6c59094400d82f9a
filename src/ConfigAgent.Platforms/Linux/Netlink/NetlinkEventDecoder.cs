using static ConfigAgent.Platforms.Linux.Interop.NetlinkConstants;
using static ConfigAgent.Platforms.Linux.Interop.RtnetlinkConstants;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>Turns a multicast notification into an event; other messages give null.</summary>
internal sealed class NetlinkEventDecoder
{
    private readonly AddressMessageDecoder _addresses = new();

    public NetlinkEvent? Decode(in NetlinkMessage message) => message.Type switch
    {
        RTM_NEWADDR => Address(NetlinkEventKind.AddressAdded, message.Payload),
        RTM_DELADDR => Address(NetlinkEventKind.AddressRemoved, message.Payload),
        RTM_NEWLINK => Link(NetlinkEventKind.LinkChanged, message.Payload),
        RTM_DELLINK => Link(NetlinkEventKind.LinkRemoved, message.Payload),
        NLMSG_OVERRUN => NetlinkEvent.ResyncNeeded,
        _ => null,
    };

    private NetlinkEvent? Address(NetlinkEventKind kind, ReadOnlySpan<byte> payload) =>
        _addresses.Decode(payload) is { } address ? new NetlinkEvent(kind, Address: address) : null;

    private static NetlinkEvent? Link(NetlinkEventKind kind, ReadOnlySpan<byte> payload) =>
        LinkMessageDecoder.Decode(payload) is { } link ? new NetlinkEvent(kind, Link: link) : null;
}
