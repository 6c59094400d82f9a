using ConfigAgent.Engine;

namespace ConfigAgent.Core.Tests.Output.Apply;

internal static class ApplySamples
{
    public static ApplyResult Of(string name) => name switch
    {
        "failed" => OutputSamples.FailedApply(),
        "no-changes" => OutputSamples.NoChanges(),
        "converged" => OutputSamples.Converged(),
        "refused" => OutputSamples.Refused(),
        _ => throw new ArgumentException(name, nameof(name)),
    };
}
