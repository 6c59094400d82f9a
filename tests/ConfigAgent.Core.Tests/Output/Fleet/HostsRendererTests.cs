using ConfigAgent.Fleet;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Output.Fleet;

/// <summary>The hosts report of a selected host with a conflict, an unreadable file and a host no document selects.</summary>
public sealed class HostsRendererTests
{
    [Fact]
    public void The_json_report_sorts_labels_and_writes_a_missing_platform_as_null() =>
        Golden.Verify(HostsJsonRenderer.Render(OutputSamples.Hosts()), "hosts-every-case.json");

    [Fact]
    public void The_markdown_report_keeps_hostile_text_inside_its_cells() =>
        Golden.Verify(HostsMarkdownRenderer.Render(OutputSamples.Hosts()), "hosts-every-case.md");

    [Fact]
    public void The_text_report_lists_each_host_then_each_document() =>
        Golden.Verify(HostsTextRenderer.Render(OutputSamples.Hosts()), "hosts-every-case.txt");
}
