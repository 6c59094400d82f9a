using ConfigAgent.Diagnostics;

namespace ConfigAgent.Documents;

/// <summary>A kernel parameter by its dotted name (<c>net.ipv4.conf.eth0/100.rp_filter</c>).</summary>
/// <param name="Value">The normalised value (single spaces between fields); null when absent.</param>
/// <param name="Ensure">Absent stops managing the setting and restores the value it had before ConfigAgent changed it.</param>
public sealed record SysctlSetting(SysctlName Name, string? Value, Ensure Ensure, SourceSpan Span);
