using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;

namespace ConfigAgent.Core.Tests;

/// <summary>The front of the pipeline, as the CLI and the agent call it: load, then validate.</summary>
public sealed class DesiredStateReaderTests
{
    [Fact]
    public void Reading_validates_what_was_loaded()
    {
        var diagnostics = new DiagnosticBag();

        var documents = new DesiredStateReader().Read([new SourceText("a.yaml", "version: 1\nloopback_vips: [192.0.2.10, 192.0.2.10]\n")], diagnostics);

        Assert.Single(documents.Documents);
        Assert.Equal(["a.yaml:2:29: error: 192.0.2.10 is declared twice as a loopback VIP (first at line 2)"], diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void The_documents_that_load_are_validated_beside_the_ones_that_do_not()
    {
        var diagnostics = new DiagnosticBag();

        var documents = new DesiredStateReader().Read(
            [
                new SourceText("a.yaml", "version: 1\nloopback_vips: [192.0.2.300]\n"),
                new SourceText("b.yaml", "version: 1\nloopback_vips: [192.0.2.10]\n---\nversion: 1\nloopback_vips: [192.0.2.10]\n"),
            ],
            diagnostics);

        Assert.Equal(3, documents.Documents.Count);
        Assert.Equal(
            ["a.yaml:2:17: error: '192.0.2.300' is not an IP address", "b.yaml:5:17: error: 192.0.2.10 is declared twice as a loopback VIP (first at b.yaml:2:17)"],
            diagnostics.Sorted().Select(d => d.ToString()));
    }
}
