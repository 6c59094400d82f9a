using System.Text.Json.Serialization;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Engine;
using ConfigAgent.Graph;
using ConfigAgent.Output.Json;

namespace ConfigAgent.Agent.Reports;

/// <summary>
/// The source-generated reader and writer of run reports (no reflection, safe for Native AOT):
/// snake_case names, enums as their words, and every field a report has always had required
/// when read.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    RespectRequiredConstructorParameters = true,
    Converters =
    [
        typeof(EnumWordJsonConverter<RunTrigger>),
        typeof(EnumWordJsonConverter<RunMode>),
        typeof(EnumWordJsonConverter<RunOutcome>),
        typeof(EnumWordJsonConverter<ChangeAction>),
        typeof(EnumWordJsonConverter<ResourceSide>),
        typeof(EnumWordJsonConverter<ResourceStatus>),
    ])]
[JsonSerializable(typeof(RunReport))]
[JsonSerializable(typeof(JsonFileFormat))]
internal sealed partial class RunReportJsonContext : JsonSerializerContext;
