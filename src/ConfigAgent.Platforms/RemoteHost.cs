using ConfigAgent.Compilation;
using ConfigAgent.Engine;
using ConfigAgent.Observation;
using ConfigAgent.Ownership;

namespace ConfigAgent.Platforms;

/// <summary>
/// A host reached through a transport (SSH, say): its platform, how to observe and change it over
/// that transport, and its ledger, kept in the host's own state directory through its files.
/// </summary>
public sealed record RemoteHost(IPlatform Platform, IHostObserver Observer, IChangeExecutor Executor, LedgerStore Ledger);
