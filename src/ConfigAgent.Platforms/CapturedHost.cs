using ConfigAgent.Compilation;
using ConfigAgent.Observation;
namespace ConfigAgent.Platforms;

/// <summary>A host known from command output captured on it: its platform, and an observer that reads the capture.</summary>
public sealed record CapturedHost(IPlatform Platform, IHostObserver Observer);
