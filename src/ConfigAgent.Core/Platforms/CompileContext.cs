using ConfigAgent.Ownership;

namespace ConfigAgent.Platforms;

/// <summary>What compilation needs besides the desired state and the facts.</summary>
/// <param name="Ledger">What ConfigAgent created on this host: entries no longer declared become removals.</param>
public sealed record CompileContext(Ledger Ledger)
{
    public static CompileContext Empty { get; } = new(Ledger.Empty);
}
