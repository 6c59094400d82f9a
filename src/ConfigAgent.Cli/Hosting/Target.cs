using ConfigAgent.Ownership;
using ConfigAgent.Platforms;

namespace ConfigAgent.Cli.Hosting;

/// <summary>The host a command works on: its platform, how it is observed, and, when it is this machine, the live host.</summary>
/// <param name="StateDirectory">The state directory on the host (the ledger, the lock), under --root.</param>
internal sealed record Target(IPlatform Platform, IHostObserver Observer, LocalHost? Live, string StateDirectory)
{
    /// <summary>The ledger of this machine; an offline target has none to read.</summary>
    public LedgerStore? Ledger => Live is { } live ? new LedgerStore(live.Files, StateDirectory) : null;
}
