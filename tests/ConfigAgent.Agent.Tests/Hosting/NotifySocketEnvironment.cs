namespace ConfigAgent.Agent.Tests.Hosting;

/// <summary>Tests that set $NOTIFY_SOCKET run one at a time.</summary>
[CollectionDefinition(nameof(NotifySocketEnvironment), DisableParallelization = true)]
public sealed class NotifySocketEnvironment;
