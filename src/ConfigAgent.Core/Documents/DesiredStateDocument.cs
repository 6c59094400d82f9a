using ConfigAgent.Diagnostics;

namespace ConfigAgent.Documents;

/// <summary>
/// One desired-state document (v1) as written, typed and with positions. Nothing here knows a
/// platform: compilation turns it into platform resources.
/// </summary>
public sealed record DesiredStateDocument
{
    public const int CurrentVersion = 1;

    public required SourceSpan Span { get; init; }

    /// <summary>The document's name, or <c>file#index</c> when it has none.</summary>
    public required string Name { get; init; }

    public string? Description { get; init; }

    public required HostSelector Hosts { get; init; }

    public IReadOnlyList<LoopbackVip> LoopbackVips { get; init; } = [];

    public IReadOnlyList<InterfaceVip> InterfaceVips { get; init; } = [];

    /// <summary>The ARP policy as written; null when the document has no <c>arp</c> key.</summary>
    public ArpPolicy? Arp { get; init; }

    public IReadOnlyList<SysctlSetting> Sysctls { get; init; } = [];

    public LinuxOptions? Linux { get; init; }

    public AixOptions? Aix { get; init; }

    public WindowsOptions? Windows { get; init; }
}
