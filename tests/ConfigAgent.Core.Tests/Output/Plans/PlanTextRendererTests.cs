using ConfigAgent.Output.Plans;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Output.Plans;

public sealed class PlanTextRendererTests
{
    [Theory]
    [InlineData(false, "plan-every-field.txt")]
    [InlineData(true, "plan-every-field.color.txt")]
    public void Every_change_shows_with_its_reason_purpose_commands_and_diff(bool color, string golden) =>
        Golden.Verify(PlanTextRenderer.Render(OutputSamples.Plan(), color), golden);

    [Fact]
    public void A_plan_without_documents_says_so() =>
        Golden.Verify(PlanTextRenderer.Render(OutputSamples.Empty(), color: false), "plan-empty.txt");
}
