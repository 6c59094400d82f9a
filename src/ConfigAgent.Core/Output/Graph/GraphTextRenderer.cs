using System.Globalization;
using System.Text;
using ConfigAgent.Documents;
using ConfigAgent.Graph;
using ConfigAgent.Output.Json;

namespace ConfigAgent.Output.Graph;

/// <summary>The resource graph for people (<c>graph</c>): every resource in apply order, what it is for and what must come after it.</summary>
public static class GraphTextRenderer
{
    public static string Render(ResourceGraph graph, IReadOnlyList<Resource> order)
    {
        var text = new StringBuilder();
        text.Append($"{graph.Count} resources, {graph.Edges.Count} edges, in apply order:\n");
        var step = 0;
        var width = graph.Count.ToString(CultureInfo.InvariantCulture).Length;
        foreach (var resource in order)
        {
            text.Append("  ").Append((++step).ToString(CultureInfo.InvariantCulture).PadLeft(width))
                .Append(". ").Append(resource.Id).Append(resource.Ensure == Ensure.Absent ? " (absent)" : "")
                .Append("  [").Append(EnumWord.Of(resource.Side)).Append("]\n");
            text.Append(' ', width + 4).Append(resource.Summary).Append(" — ").Append(resource.Purpose).Append(" (").Append(resource.Origin).Append(")\n");
            foreach (var edge in graph.EdgesFrom(resource.Id))
            {
                text.Append(' ', width + 4).Append("before ").Append(edge.To).Append(": ").Append(edge.Reason).Append('\n');
            }
        }

        return text.ToString();
    }
}
