using ConfigAgent.Output.Apply;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Output.Apply;

/// <summary>What <c>apply --format json</c> prints: every outcome and step status, the plan inside.</summary>
public sealed class ApplyJsonRendererTests
{
    public static TheoryData<string> Samples => ["failed", "no-changes", "converged", "refused"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_outcome_renders_with_its_steps_and_plan(string sample) =>
        Golden.Verify(ApplyJsonRenderer.Render(ApplySamples.Of(sample)), $"apply-{sample}.json");
}
