namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// Tests that measure the kernel's speed run alone: rtnl_lock is one lock for all network
/// namespaces, so the other lab tests would slow them down.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitiveCollection
{
    public const string Name = "timing-sensitive";
}
