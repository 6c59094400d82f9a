using System.Text.Json;

namespace ConfigAgent.Failover;

/// <summary>The failover groups as the JSON plan and the run report carry them (docs/plan-json.md, docs/agent.md).</summary>
public static class FailoverJson
{
    public static void Write(Utf8JsonWriter json, IReadOnlyList<FailoverGroupStatus> groups)
    {
        json.WriteStartArray("failover");
        foreach (var group in groups)
        {
            json.WriteStartObject();
            json.WriteString("group", group.Group);
            json.WriteStartArray("vips");
            foreach (var vip in group.Vips)
            {
                json.WriteStringValue(vip);
            }

            json.WriteEndArray();
            json.WriteString("state", group.State);
            json.WriteNumber("priority", group.Priority);
            json.WriteBoolean("holds_vip", group.HoldsVip);
            json.WriteStartArray("other_holders");
            foreach (var mac in group.OtherHolders)
            {
                json.WriteStringValue(mac);
            }

            json.WriteEndArray();
            if (group.ConfigurationCurrent is { } current)
            {
                json.WriteBoolean("configuration_current", current);
            }
            else
            {
                json.WriteNull("configuration_current");
            }

            json.WriteStartArray("drift");
            foreach (var drift in group.Drift)
            {
                json.WriteStartObject();
                json.WriteString("kind", drift.Kind);
                json.WriteString("message", drift.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (var note in group.Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Reads what <see cref="Write"/> wrote (the agent's report, for `status`).</summary>
    public static IReadOnlyList<FailoverGroupStatus> Read(JsonElement array) =>
        [.. array.EnumerateArray().Select(g => new FailoverGroupStatus
        {
            Group = g.GetProperty("group").GetString()!,
            Vips = [.. g.GetProperty("vips").EnumerateArray().Select(v => v.GetString()!)],
            State = g.GetProperty("state").GetString()!,
            Priority = g.GetProperty("priority").GetInt32(),
            HoldsVip = g.GetProperty("holds_vip").GetBoolean(),
            OtherHolders = [.. g.GetProperty("other_holders").EnumerateArray().Select(v => v.GetString()!)],
            ConfigurationCurrent = g.GetProperty("configuration_current").ValueKind == JsonValueKind.Null ? null : g.GetProperty("configuration_current").GetBoolean(),
            Drift = [.. g.GetProperty("drift").EnumerateArray().Select(d => new FailoverDrift(d.GetProperty("kind").GetString()!, d.GetProperty("message").GetString()!))],
            Notes = [.. g.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!)],
        })];
}
