namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>A link as RTM_NEWLINK describes it.</summary>
/// <param name="Mac">IFLA_ADDRESS as aa:bb:cc:dd:ee:ff; null when the link has none.</param>
internal sealed record NetlinkLink(int Index, string Name, LinkFlags Flags, string? Mac, int Mtu)
{
    public bool IsUp => Flags.HasFlag(LinkFlags.Up);

    public bool IsLoopback => Flags.HasFlag(LinkFlags.Loopback);

    public bool NoArp => Flags.HasFlag(LinkFlags.NoArp);
}
