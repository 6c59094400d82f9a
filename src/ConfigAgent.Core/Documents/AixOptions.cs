using ConfigAgent.Diagnostics;

namespace ConfigAgent.Documents;

/// <summary>How AIX hosts persist the lo0 aliases (the seed: a script linked into rc2.d).</summary>
/// <param name="Script">Absolute path of the script holding the ifconfig lines.</param>
/// <param name="Link">The rc2.d link name: S, a two-digit run order and a name (S09dsr_start).</param>
public sealed record AixOptions(AixPersistence? Persistence, string? Script, string? Link, SourceSpan Span)
{
    public const string DefaultScript = "/etc/configagent/dsr.sh";

    public const string DefaultLink = "S09dsr_start";
}
