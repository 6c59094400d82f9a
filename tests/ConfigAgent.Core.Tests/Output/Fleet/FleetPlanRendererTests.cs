using ConfigAgent.Fleet;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Output.Fleet;

/// <summary>The fleet plan of a host that cannot be read, a blocked one, one that changes and one in sync, in each format.</summary>
public sealed class FleetPlanRendererTests
{
    [Fact]
    public void The_json_fleet_plan_nests_each_hosts_plan_and_nulls_the_unreadable_one() =>
        Golden.Verify(FleetPlanJsonRenderer.Render(OutputSamples.Fleet()), "fleet-every-status.json");

    [Fact]
    public void The_markdown_fleet_plan_folds_every_host_that_is_not_in_sync() =>
        Golden.Verify(FleetPlanMarkdownRenderer.Render(OutputSamples.Fleet()), "fleet-every-status.md");

    [Theory]
    [InlineData(false, "fleet-every-status.txt")]
    [InlineData(true, "fleet-every-status.color.txt")]
    public void The_text_fleet_plan_lists_the_hosts_then_their_plans(bool color, string golden) =>
        Golden.Verify(new FleetPlanTextRenderer(color).Render(OutputSamples.Fleet()), golden);
}
