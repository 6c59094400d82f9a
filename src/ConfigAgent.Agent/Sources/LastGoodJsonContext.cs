using System.Text.Json.Serialization;

namespace ConfigAgent.Agent.Sources;

/// <summary>The source-generated reader and writer of <see cref="LastGoodFile"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(LastGoodFile))]
internal sealed partial class LastGoodJsonContext : JsonSerializerContext;
