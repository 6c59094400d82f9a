using ConfigAgent.Engine;
using ConfigAgent.Host;

namespace ConfigAgent.Platforms;

/// <summary>The host this process runs on: its platform, how to observe and change it, its files and its run lock.</summary>
public sealed record LocalHost(IPlatform Platform, IHostObserver Observer, IChangeExecutor Executor, IFileSystem Files, Func<string, IRunLock> RunLock);
