namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>A notification of RTMGRP_LINK, RTMGRP_IPV4_IFADDR or RTMGRP_IPV6_IFADDR.</summary>
/// <param name="Address">Set for <see cref="NetlinkEventKind.AddressAdded"/> and <see cref="NetlinkEventKind.AddressRemoved"/>.</param>
/// <param name="Link">Set for <see cref="NetlinkEventKind.LinkChanged"/> and <see cref="NetlinkEventKind.LinkRemoved"/>.</param>
internal sealed record NetlinkEvent(NetlinkEventKind Kind, NetlinkAddress? Address = null, NetlinkLink? Link = null)
{
    public static NetlinkEvent ResyncNeeded { get; } = new(NetlinkEventKind.ResyncNeeded);
}
