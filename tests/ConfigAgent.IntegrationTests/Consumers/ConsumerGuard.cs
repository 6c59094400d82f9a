using System.Diagnostics.CodeAnalysis;

namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>
/// What a consumer test does when its consumer is missing. CI installs every consumer and sets
/// <see cref="RequiredVariable"/>=1, so there a missing one fails the run instead of letting the
/// check it stands for vanish as a skip; on a developer's machine it is a skip with the reason.
/// </summary>
internal static class ConsumerGuard
{
    public const string RequiredVariable = "CONFIGAGENT_CONSUMERS_REQUIRED";

    public static bool Required => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    [DoesNotReturn]
    public static string Missing(string reason)
    {
        if (Required)
        {
            Assert.Fail($"{reason} ({RequiredVariable}=1: .ci/run installs every consumer, so this is a failure, not a skip)");
        }

        Assert.Skip(reason);
        throw new System.Diagnostics.UnreachableException();
    }
}
