using ConfigAgent.Testing;

namespace ConfigAgent.Cli.Tests.Commands;

/// <summary><c>configagent graph</c>: the resources in apply order with their edges, as text or as DOT.</summary>
[Collection(nameof(CurrentDirectory))]
public sealed class GraphCommandTests
{
    [Theory]
    [InlineData("examples/facts/windows.json", "text", "graph-dsr-realserver.windows.txt")]
    [InlineData("examples/facts/aix.json", "text", "graph-dsr-realserver.aix.txt")]
    [InlineData("examples/facts/windows.json", "dot", "graph-dsr-realserver.windows.dot")]
    public void The_graph_of_the_seed_renders_in_each_format(string facts, string format, string golden)
    {
        var (code, output, error) = CliRun.Run("graph", "examples/dsr-realserver.yaml", "--facts", facts, "--format", format);

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Golden.Verify(output, golden);
    }

    [Fact]
    public void The_linux_graph_shows_persisted_resources_rounded_in_dot()
    {
        var (code, output, _) = CliRun.Run("graph", "examples/dsr-realserver.yaml", "--facts", CliRun.Fixture("web-01.linux.json"), "--format", "dot");

        Assert.Equal(0, code);
        Golden.Verify(output, "graph-dsr-realserver.linux.dot");
    }
}
