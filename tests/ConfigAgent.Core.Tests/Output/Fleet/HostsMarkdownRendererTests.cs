using ConfigAgent.Output.Fleet;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Output.Fleet;

public sealed class HostsMarkdownRendererTests
{
    [Fact]
    public void Each_host_and_each_document_is_a_table_row() =>
        Golden.Verify(HostsMarkdownRenderer.Render(OutputSamples.Hosts()), "hosts-every-case.md");
}
