using ConfigAgent.Output.Fleet;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Output.Fleet;

/// <summary>The hosts report for bots (docs/fleet.md): a host with a conflict, an unreadable file, a host no document selects.</summary>
public sealed class HostsJsonRendererTests
{
    [Fact]
    public void Labels_are_in_key_order_and_a_missing_platform_is_null() =>
        Golden.Verify(HostsJsonRenderer.Render(OutputSamples.Hosts()), "hosts-every-case.json");
}
