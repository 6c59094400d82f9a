using ConfigAgent.Documents;

namespace ConfigAgent.Failover;

/// <summary>
/// One failover group as this host runs it: the group, the VIPs it moves, and this host's place
/// among the members (its priority, its own address, its peers). What keepalived's configuration
/// is rendered from and what its state is compared with.
/// </summary>
public sealed record VrrpInstance(string Interface, FailoverGroup Group, IReadOnlyList<InterfaceVip> Vips, int MemberIndex)
{
    /// <summary>The group's name in reports and metrics: interface and router id, <c>eth0/51</c>.</summary>
    public string Name => $"{Interface}/{Group.RouterId}";

    /// <summary>The instance's name in keepalived's configuration.</summary>
    public string KeepalivedName => $"configagent_{Interface}_{Group.RouterId}";

    public FailoverMember Self => Group.Members[MemberIndex];

    public int Priority => FailoverGroup.PriorityOf(MemberIndex);

    public IEnumerable<FailoverMember> Peers => Group.Members.Where((_, i) => i != MemberIndex);

    /// <summary>
    /// The groups of <paramref name="state"/> that <paramref name="hostname"/> is a member of, in
    /// document order, each with all its VIPs (VIPs of one group repeat its block).
    /// </summary>
    public static IReadOnlyList<VrrpInstance> ForHost(DesiredState state, string hostname)
    {
        var instances = new List<VrrpInstance>();
        foreach (var vip in state.InterfaceVips)
        {
            if (vip.Failover is not { } group || group.IndexOf(hostname) is var index && index < 0)
            {
                continue;
            }

            var existing = instances.FindIndex(i => i.Interface == vip.Interface && i.Group.RouterId == group.RouterId);
            if (existing < 0)
            {
                instances.Add(new VrrpInstance(vip.Interface, group, [vip], index));
            }
            else
            {
                instances[existing] = instances[existing] with { Vips = [.. instances[existing].Vips, vip] };
            }
        }

        return instances;
    }
}
