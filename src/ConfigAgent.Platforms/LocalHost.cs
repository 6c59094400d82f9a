namespace ConfigAgent.Platforms;

/// <summary>The host this process runs on: its platform and how to observe it.</summary>
public sealed record LocalHost(IPlatform Platform, IHostObserver Observer);
