using System.Text.Json;
using ConfigAgent.Planning;

namespace ConfigAgent.Engine;

/// <summary>
/// What a run did, for machines (<c>apply --format json</c>, and the agent's reports): the plan it
/// executed (the same shape as <c>plan --format json</c>) and the status of every step.
/// </summary>
public static class ApplyJsonRenderer
{
    public const string FormatName = "configagent-apply";

    public const int FormatVersion = 1;

    public static string Render(ApplyResult result) => JsonText.Write(json => Write(json, result));

    public static void Write(Utf8JsonWriter json, ApplyResult result)
    {
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteNumber("version", FormatVersion);
        json.WriteString("outcome", result.Outcome.ToString().ToLowerInvariant());
        json.WriteBoolean("changed", result.Changed);
        json.WriteNumber("duration_ms", Math.Round(result.Duration.TotalMilliseconds, 3));
        if (result.Failure is { } failure)
        {
            json.WriteString("failure", failure);
        }
        else
        {
            json.WriteNull("failure");
        }

        json.WriteStartArray("steps");
        foreach (var step in result.Steps)
        {
            json.WriteStartObject();
            json.WriteNumber("step", step.Step);
            json.WriteString("resource", step.Change.Resource.Id.Value);
            json.WriteString("status", Status(step.Status));
            if (step.Message is { } message)
            {
                json.WriteString("message", message);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("plan");
        JsonPlanRenderer.Write(json, result.Plan);
        json.WriteEndObject();
    }

    public static string Status(StepStatus status) => status switch
    {
        StepStatus.RolledBack => "rolled_back",
        StepStatus.RollbackFailed => "rollback_failed",
        StepStatus.NotRun => "not_run",
        _ => status.ToString().ToLowerInvariant(),
    };
}
