using ConfigAgent.Diagnostics;

namespace ConfigAgent.Documents;

/// <summary>How Linux hosts persist what the document declares.</summary>
/// <param name="Addresses">network-scripts, networkmanager, systemd, none; null detects it from facts.</param>
/// <param name="Sysctls">sysctl.d (a drop-in) or sysctl.conf (a managed block), or none; null means sysctl.d.</param>
public sealed record LinuxOptions(AddressPersistence? Addresses, SysctlPersistence? Sysctls, SourceSpan Span);
