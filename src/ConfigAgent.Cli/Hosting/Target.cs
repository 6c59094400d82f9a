using ConfigAgent.Compilation;
using ConfigAgent.Observation;
using ConfigAgent.Platforms;

namespace ConfigAgent.Cli.Hosting;

/// <summary>The host a command works on: its platform, how it is observed, and, when it is this machine, the live host.</summary>
internal sealed record Target(IPlatform Platform, IHostObserver Observer, LocalHost? Live);
