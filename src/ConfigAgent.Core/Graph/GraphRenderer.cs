using System.Text;

namespace ConfigAgent.Graph;

/// <summary>Prints a resource graph: as text in apply order, or as DOT for Graphviz.</summary>
public static class GraphRenderer
{
    public static string Text(ResourceGraph graph, IReadOnlyList<Resource> order)
    {
        var text = new StringBuilder();
        text.Append($"{graph.Count} resources, {graph.Edges.Count} edges, in apply order:\n");
        var step = 0;
        var width = graph.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        foreach (var resource in order)
        {
            text.Append("  ").Append((++step).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width))
                .Append(". ").Append(resource.Id).Append(resource.Ensure == Documents.Ensure.Absent ? " (absent)" : "")
                .Append("  [").Append(resource.Side == ResourceSide.Runtime ? "runtime" : "persisted").Append("]\n");
            text.Append(' ', width + 4).Append(resource.Summary).Append(" — ").Append(resource.Purpose).Append(" (").Append(resource.Origin).Append(")\n");
            foreach (var edge in graph.EdgesFrom(resource.Id))
            {
                text.Append(' ', width + 4).Append("before ").Append(edge.To).Append(": ").Append(edge.Reason).Append('\n');
            }
        }

        return text.ToString();
    }

    public static string Dot(ResourceGraph graph, IReadOnlyList<Resource> order)
    {
        var dot = new StringBuilder();
        dot.Append("digraph configagent {\n  rankdir=LR;\n  node [shape=box, fontname=\"monospace\"];\n");
        foreach (var resource in order)
        {
            var style = resource.Ensure == Documents.Ensure.Absent ? ", style=dashed" : resource.Side == ResourceSide.Persisted ? ", style=rounded" : "";
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
