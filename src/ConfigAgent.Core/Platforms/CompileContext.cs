using ConfigAgent.Ownership;

namespace ConfigAgent.Platforms;

/// <summary>What compilation needs besides the desired state and the facts.</summary>
/// <param name="Ledger">What ConfigAgent created on this host: entries no longer declared become removals.</param>
/// <param name="TemplateDirectory">A directory of template overrides (&lt;name&gt;.hbs); null uses the embedded ones.</param>
public sealed record CompileContext(Ledger Ledger, string? TemplateDirectory = null)
{
    public static CompileContext Empty { get; } = new(Ledger.Empty);
}
