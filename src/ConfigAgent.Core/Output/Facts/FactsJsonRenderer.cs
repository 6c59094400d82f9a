using System.Text.Json;
using ConfigAgent.Facts;

namespace ConfigAgent.Output.Facts;

/// <summary>
/// The facts file (docs/facts-json.md): what <c>configagent facts</c> prints, snake_case keys,
/// addresses as text, absent values left out. Unlike the other outputs it escapes every non-ASCII
/// character (the serializer's default encoder), as facts files always have.
/// </summary>
public static class FactsJsonRenderer
{
    public static string Render(HostFacts facts) => JsonSerializer.Serialize(facts, FactsJsonContext.Default.HostFacts) + "\n";
}
