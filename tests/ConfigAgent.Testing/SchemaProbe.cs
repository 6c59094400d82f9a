using System.Text.Json.Nodes;

namespace ConfigAgent.Testing;

/// <summary>A generated document (a desired state, an agent configuration) that the schema and the loader must judge alike.</summary>
/// <param name="Family">The rule the probe exercises, such as "interface name".</param>
/// <param name="Value">The value under test, as JSON.</param>
public sealed record SchemaProbe(string Family, string Value, JsonNode Document)
{
    /// <summary>A probe of <paramref name="value"/>, placed into a version 1 document by <paramref name="place"/>.</summary>
    public static SchemaProbe Of(string family, JsonNode? value, Func<JsonNode?, (string Key, JsonNode? Section)> place)
    {
        var (key, section) = place(value?.DeepClone());
        return new(family, value?.ToJsonString() ?? "null", new JsonObject { ["version"] = 1, [key] = section });
    }

    public override string ToString() => $"{Family} {Value}";
}
