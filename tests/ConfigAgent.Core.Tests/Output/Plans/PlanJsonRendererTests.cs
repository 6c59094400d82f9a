using ConfigAgent.Output.Plans;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Output.Plans;

/// <summary>The JSON plan is a versioned format (docs/plan-json.md): its bytes are pinned.</summary>
public sealed class PlanJsonRendererTests
{
    [Fact]
    public void Every_field_and_hostile_text_render_as_the_format_says() =>
        Golden.Verify(PlanJsonRenderer.Render(OutputSamples.Plan()), "plan-every-field.json");

    [Fact]
    public void A_plan_without_changes_keeps_its_empty_arrays_and_leaves_out_the_removal_guard() =>
        Golden.Verify(PlanJsonRenderer.Render(OutputSamples.Empty()), "plan-empty.json");
}
