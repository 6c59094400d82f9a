using ConfigAgent.Diagnostics;

namespace ConfigAgent.Documents;

/// <summary>How Linux hosts persist what the document declares.</summary>
/// <param name="Addresses">network-scripts, networkmanager, systemd, none; null detects it from facts.</param>
/// <param name="Sysctls">sysctl.d (a drop-in) or sysctl.conf (a managed block), or none; null means sysctl.d.</param>
public sealed record LinuxOptions(AddressPersistence? Addresses, SysctlPersistence? Sysctls, SourceSpan Span)
{
    /// <summary>
    /// <c>linux.keepalived.take_over</c>: replace an /etc/keepalived/keepalived.conf that ConfigAgent
    /// did not write. Null when no document says; an operator's file then blocks the plan.
    /// </summary>
    public bool? KeepalivedTakeOver { get; init; }
}
