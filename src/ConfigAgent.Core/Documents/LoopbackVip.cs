using ConfigAgent.Diagnostics;

namespace ConfigAgent.Documents;

/// <summary>
/// A DSR VIP: held on the loopback as a host address (/32, /128) so the real server accepts
/// traffic for it, while the ARP policy keeps it from answering ARP.
/// </summary>
/// <param name="Label">An explicit IPv4 label (<c>lo:5</c>); null lets the platform choose one.</param>
/// <param name="Position">The entry's index in <c>loopback_vips</c>, stable under <c>ensure: absent</c>.</param>
public sealed record LoopbackVip(InterfaceAddress Address, string? Label, Ensure Ensure, int Position, SourceSpan Span)
{
    /// <summary>Where the label was written, for errors about it; the entry's span when it has none.</summary>
    public SourceSpan LabelSpan { get; init; } = Span;
}
