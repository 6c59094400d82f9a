using System.Text.Json.Serialization;

namespace ConfigAgent.Output.JsonModels;

/// <summary>
/// The source-generated serializers of Core's JSON outputs (no reflection at run time, so Native
/// AOT keeps them whole). Names are snake_case; null is written unless a property says otherwise.
/// Indentation and escaping come from <see cref="Json.JsonOutput"/>'s writer.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(PlanJson))]
[JsonSerializable(typeof(ApplyJson))]
[JsonSerializable(typeof(FleetPlanJson))]
[JsonSerializable(typeof(HostsJson))]
public sealed partial class OutputJsonContext : JsonSerializerContext;
