namespace ConfigAgent.Documents;

/// <summary>
/// The desired state of one host: every document that applies to it, merged (composition,
/// stage 3). Validated, it is what a platform compiles into resources (stage 4).
/// </summary>
public sealed record DesiredState
{
    public required IReadOnlyList<DesiredStateDocument> Documents { get; init; }

    public required IReadOnlyList<LoopbackVip> LoopbackVips { get; init; }

    public required IReadOnlyList<InterfaceVip> InterfaceVips { get; init; }

    /// <summary>The ARP policy in force: written, or derived from the IPv4 DSR VIPs; null when neither.</summary>
    public required ArpPolicy? Arp { get; init; }

    public required IReadOnlyList<SysctlSetting> Sysctls { get; init; }

    public required LinuxOptions Linux { get; init; }

    public required AixOptions Aix { get; init; }

    public required WindowsOptions Windows { get; init; }

    /// <summary>Whether some IPv4 DSR VIP must be present: the ARP policy is then mandatory.</summary>
    public bool HasIPv4LoopbackVips => LoopbackVips.Any(v => v.Ensure == Ensure.Present && !v.Address.IsIPv6);
}
