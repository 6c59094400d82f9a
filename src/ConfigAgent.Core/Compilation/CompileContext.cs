using ConfigAgent.Ownership;

namespace ConfigAgent.Compilation;

/// <summary>What compilation needs besides the desired state and the facts.</summary>
/// <param name="Ledger">What ConfigAgent created on this host: entries no longer declared become removals.</param>
/// <param name="TemplateDirectory">A directory of template overrides (&lt;platform&gt;/&lt;name&gt;.sbn, in Scriban); null uses the embedded ones.</param>
/// <param name="AllowMassRemoval">Lift the removal guard for this run (<c>apply --allow-mass-removal</c>).</param>
public sealed record CompileContext(Ledger Ledger, string? TemplateDirectory = null, bool AllowMassRemoval = false)
{
    public static CompileContext Empty { get; } = new(Ledger.Empty);
}
