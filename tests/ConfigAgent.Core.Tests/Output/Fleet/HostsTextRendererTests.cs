using ConfigAgent.Output.Fleet;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Output.Fleet;

public sealed class HostsTextRendererTests
{
    [Fact]
    public void Each_host_is_listed_then_each_document() =>
        Golden.Verify(HostsTextRenderer.Render(OutputSamples.Hosts()), "hosts-every-case.txt");
}
