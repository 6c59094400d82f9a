using System.Text.Json;
using ConfigAgent.Failover;
using ConfigAgent.Graph;

namespace ConfigAgent.Planning;

/// <summary>
/// The machine-readable plan. Its shape is versioned (<see cref="FormatName"/> and
/// <see cref="FormatVersion"/>), documented in docs/plan-json.md and described by
/// schemas/plan-v1.schema.json; fields are only ever added within a version.
/// </summary>
public static class JsonPlanRenderer
{
    public const string FormatName = "configagent-plan";

    public const int FormatVersion = 1;

    public static string Render(Plan plan) => JsonText.Write(json => Write(json, plan));

    public static void Write(Utf8JsonWriter json, Plan plan)
    {
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteNumber("version", FormatVersion);
        json.WriteString("host", plan.Host);
        json.WriteString("platform", plan.Platform);
        json.WriteString("revision", plan.Revision);
        json.WriteString("observed_from", plan.ObservedFrom);
        json.WriteStartArray("documents");
        foreach (var document in plan.Documents)
        {
            json.WriteStringValue(document);
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("resources", plan.Resources.Count);
        json.WriteNumber("in_sync", plan.InSync);
        json.WriteNumber("create", plan.CountOf(ChangeAction.Create));
        json.WriteNumber("update", plan.CountOf(ChangeAction.Update));
        json.WriteNumber("delete", plan.CountOf(ChangeAction.Delete));
        json.WriteNumber("blocked", plan.CountOf(ChangeAction.Blocked));
        json.WriteBoolean("changes", plan.HasChanges);
        json.WriteEndObject();
        WriteRemovalGuard(json, plan.MassRemoval);
        json.WriteStartArray("notes");
        foreach (var note in plan.Notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteStartArray("changes");
        var step = 0;
        foreach (var change in plan.Changes)
        {
            WriteChange(json, change, ++step);
        }

        json.WriteEndArray();

        // Only present when the host has failover groups: plans of other hosts keep their shape.
        if (plan.Failover.Count > 0)
        {
            FailoverJson.Write(json, plan.Failover);
        }

        json.WriteEndObject();
    }

    // Only present when the run would remove most of what ConfigAgent owns on the host.
    private static void WriteRemovalGuard(Utf8JsonWriter json, MassRemoval? guard)
    {
        if (guard is null)
        {
            return;
        }

        json.WriteStartObject("removal_guard");
        json.WriteBoolean("refused", !guard.Allowed);
        json.WriteNumber("owned", guard.Owned);
        json.WriteNumber("removing", guard.Removals.Count);
        json.WriteStartArray("resources");
        foreach (var removal in guard.Removals)
        {
            json.WriteStringValue(removal.Resource.Id.Value);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteChange(Utf8JsonWriter json, Change change, int step)
    {
        var resource = change.Resource;
        json.WriteStartObject();
        json.WriteNumber("step", step);
        json.WriteString("resource", resource.Id.Value);
        json.WriteString("kind", resource.Id.Kind);
        json.WriteString("title", resource.Title);
        json.WriteString("action", ChangeSymbols.Word(change.Action));
        json.WriteString("side", ChangeSymbols.Word(resource.Side));
        WriteNullable(json, "before", change.Before);
        WriteNullable(json, "after", change.After);
        json.WriteString("reason", change.Reason);
        json.WriteString("purpose", resource.Purpose);
        json.WriteStartObject("source");
        json.WriteString("file", resource.Origin.File);
        if (resource.Origin.IsInFile)
        {
            json.WriteNumber("line", resource.Origin.Line);
            json.WriteNumber("column", resource.Origin.Column);
        }

        json.WriteEndObject();
        json.WriteStartArray("commands");
        foreach (var command in change.Commands)
        {
            json.WriteStartArray();
            json.WriteStringValue(command.Program);
            foreach (var argument in command.Arguments)
            {
                json.WriteStringValue(argument);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        WriteNullable(json, "diff", change.Diff);
        json.WriteStartArray("notes");
        foreach (var note in change.Notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
