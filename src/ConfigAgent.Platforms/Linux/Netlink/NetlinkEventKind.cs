namespace ConfigAgent.Platforms.Linux.Netlink;

internal enum NetlinkEventKind
{
    AddressAdded,
    AddressRemoved,
    LinkChanged,
    LinkRemoved,

    /// <summary>
    /// The socket overran (ENOBUFS): the kernel dropped notifications, so the listener's view is
    /// stale until the caller dumps the state again.
    /// </summary>
    ResyncNeeded,
}
