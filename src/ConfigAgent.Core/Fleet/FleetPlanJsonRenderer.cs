using System.Text.Json;
using ConfigAgent.Graph;
using ConfigAgent.Planning;

namespace ConfigAgent.Fleet;

/// <summary>
/// The fleet plan for bots. Its shape is versioned (<see cref="FormatName"/>, <see cref="FormatVersion"/>)
/// and documented in docs/fleet.md; each host's plan is the single-host plan object of
/// docs/plan-json.md. Fields are only ever added within a version.
/// </summary>
public static class FleetPlanJsonRenderer
{
    public const string FormatName = "configagent-fleet-plan";

    public const int FormatVersion = 1;

    public static string Render(FleetPlan fleet) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteNumber("version", FormatVersion);
        json.WriteString("revision", fleet.Revision);
        json.WriteString("facts_dir", fleet.FactsDirectory);
        json.WriteStartObject("summary");
        json.WriteNumber("hosts", fleet.Hosts.Count);
        json.WriteNumber("hosts_with_changes", fleet.HostsWithChanges);
        json.WriteNumber("changes", fleet.Changes);
        json.WriteNumber("create", fleet.Count(ChangeAction.Create));
        json.WriteNumber("update", fleet.Count(ChangeAction.Update));
        json.WriteNumber("delete", fleet.Count(ChangeAction.Delete));
        json.WriteNumber("blocked_hosts", fleet.BlockedHosts);
        json.WriteNumber("error_hosts", fleet.ErrorHosts);
        json.WriteNumber("exit_code", fleet.ExitCode);
        json.WriteEndObject();
        json.WriteStartArray("hosts");
        foreach (var host in fleet.Hosts)
        {
            WriteHost(json, host);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteHost(Utf8JsonWriter json, FleetHostPlan host)
    {
        json.WriteStartObject();
        json.WriteString("host", host.Hostname);
        json.WriteString("platform", host.Platform);
        json.WriteString("facts_file", host.Host.File);
        json.WriteString("status", FleetHostPlan.Word(host.Status));
        json.WriteStartArray("errors");
        foreach (var error in host.Errors)
        {
            json.WriteStringValue(error);
        }

        json.WriteEndArray();
        if (host.Plan is { } plan && host.Errors.Count == 0)
        {
            json.WritePropertyName("plan");
            JsonPlanRenderer.Write(json, plan);
        }
        else
        {
            json.WriteNull("plan");
        }

        json.WriteEndObject();
    }
}
