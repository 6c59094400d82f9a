using System.Text;
using ConfigAgent.Documents;
using ConfigAgent.Graph;

namespace ConfigAgent.Output.Graph;

/// <summary>The resource graph for Graphviz (<c>graph --format dot</c>): absent resources dashed, persisted ones rounded, each edge's reason as its tooltip.</summary>
public static class GraphDotRenderer
{
    public static string Render(ResourceGraph graph, IReadOnlyList<Resource> order)
    {
        var dot = new StringBuilder();
        dot.Append("digraph configagent {\n  rankdir=LR;\n  node [shape=box, fontname=\"monospace\"];\n");
        foreach (var resource in order)
        {
            var style = resource.Ensure == Ensure.Absent ? ", style=dashed" : resource.Side == ResourceSide.Persisted ? ", style=rounded" : "";
            dot.Append($"  {Quote(resource.Id.Value)} [label={Quote(resource.Summary)}{style}];\n");
        }

        foreach (var edge in graph.Edges.OrderBy(e => e.From).ThenBy(e => e.To))
        {
            dot.Append($"  {Quote(edge.From.Value)} -> {Quote(edge.To.Value)} [tooltip={Quote(edge.Reason)}];\n");
        }

        dot.Append("}\n");
        return dot.ToString();
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
