using System.Text.Json.Serialization;
using ConfigAgent.Facts;

namespace ConfigAgent.Output.Facts;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(IPAddressJsonConverter)])]
[JsonSerializable(typeof(HostFacts))]
internal sealed partial class FactsJsonContext : JsonSerializerContext;
