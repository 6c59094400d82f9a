using ConfigAgent.Output.Fleet;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Output.Fleet;

/// <summary>The fleet plan for bots (docs/fleet.md): an unreadable host, a blocked one, one that changes and one in sync.</summary>
public sealed class FleetPlanJsonRendererTests
{
    [Fact]
    public void Each_hosts_plan_is_nested_and_the_unreadable_ones_is_null() =>
        Golden.Verify(FleetPlanJsonRenderer.Render(OutputSamples.Fleet()), "fleet-every-status.json");
}
