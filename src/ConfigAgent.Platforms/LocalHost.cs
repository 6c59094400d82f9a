using ConfigAgent.Compilation;
using ConfigAgent.Engine;
using ConfigAgent.HostAccess;
using ConfigAgent.Observation;
using ConfigAgent.Ownership;

namespace ConfigAgent.Platforms;

/// <summary>The host this process runs on: its platform, how to observe and change it, its files, its programs, its ledger and its run lock.</summary>
/// <param name="Events">Opens the host's change notifications (in the caller's network namespace).</param>
public sealed record LocalHost(
    IPlatform Platform,
    IHostObserver Observer,
    IChangeExecutor Executor,
    IFileSystem Files,
    ICommandRunner Commands,
    LedgerStore Ledger,
    IRunLock RunLock,
    Func<IHostEvents> Events);
