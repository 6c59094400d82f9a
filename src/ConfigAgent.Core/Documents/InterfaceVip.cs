using ConfigAgent.Diagnostics;

namespace ConfigAgent.Documents;

/// <summary>An HA (secondary) VIP on a named interface, announced by gratuitous ARP when added.</summary>
/// <param name="AnnounceCount">How many announcements to send when the VIP is added; 0 sends none.</param>
public sealed record InterfaceVip(
    InterfaceAddress Address,
    string Interface,
    string? Label,
    int AnnounceCount,
    Ensure Ensure,
    SourceSpan Span)
{
    public const int DefaultAnnounceCount = 3;

    /// <summary>Where the label was written, for errors about it; the entry's span when it has none.</summary>
    public SourceSpan LabelSpan { get; init; } = Span;

    /// <summary>The VRRP group that moves the VIP between hosts (keepalived's, never ConfigAgent's to add or remove); null for a plain VIP.</summary>
    public FailoverGroup? Failover { get; init; }

    public const int MaxAnnounceCount = 50;
}
