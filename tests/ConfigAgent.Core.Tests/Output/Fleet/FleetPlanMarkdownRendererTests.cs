using ConfigAgent.Output.Fleet;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Output.Fleet;

public sealed class FleetPlanMarkdownRendererTests
{
    [Fact]
    public void Every_host_that_is_not_in_sync_is_folded_under_the_table() =>
        Golden.Verify(FleetPlanMarkdownRenderer.Render(OutputSamples.Fleet()), "fleet-every-status.md");
}
