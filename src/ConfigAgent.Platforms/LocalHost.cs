using ConfigAgent.Engine;
using ConfigAgent.Host;
using ConfigAgent.Ownership;

namespace ConfigAgent.Platforms;

/// <summary>The host this process runs on: its platform, how to observe and change it, its files, its ledger and its run lock.</summary>
public sealed record LocalHost(IPlatform Platform, IHostObserver Observer, IChangeExecutor Executor, IFileSystem Files, LedgerStore Ledger, IRunLock RunLock);
