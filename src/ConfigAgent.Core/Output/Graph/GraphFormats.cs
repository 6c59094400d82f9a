using ConfigAgent.Planning;

namespace ConfigAgent.Output.Graph;

/// <summary>The formats of <c>graph --format</c>: a compiled host's resources in apply order.</summary>
public static class GraphFormats
{
    public static OutputFormats<CompiledHost> All { get; } = new(
        new("text", (host, _) => GraphTextRenderer.Render(host.Graph, host.Order)),
        new("dot", (host, _) => GraphDotRenderer.Render(host.Graph, host.Order)));
}
