using ConfigAgent.Output.Fleet;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Output.Fleet;

public sealed class FleetPlanTextRendererTests
{
    [Theory]
    [InlineData(false, "fleet-every-status.txt")]
    [InlineData(true, "fleet-every-status.color.txt")]
    public void The_hosts_come_first_then_the_plans_of_those_not_in_sync(bool color, string golden) =>
        Golden.Verify(FleetPlanTextRenderer.Render(OutputSamples.Fleet(), color), golden);
}
