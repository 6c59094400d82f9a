using ConfigAgent.Output.Apply;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Output.Apply;

public sealed class ApplyTextRendererTests
{
    public static TheoryData<string, bool> Samples => new()
    {
        { "failed", false },
        { "failed", true },
        { "no-changes", false },
        { "converged", true },
        { "refused", false },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_step_shows_its_status_then_the_verdict(string sample, bool color) =>
        Golden.Verify(ApplyTextRenderer.Render(ApplySamples.Of(sample), color), $"apply-{sample}{(color ? ".color" : "")}.txt");
}
