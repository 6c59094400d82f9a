using System.Text.Json;
using ConfigAgent.Planning;

namespace ConfigAgent.Fleet;

/// <summary>
/// The hosts report for bots, versioned (<see cref="FormatName"/>, <see cref="FormatVersion"/>) and
/// documented in docs/fleet.md. Fields are only ever added within a version.
/// </summary>
public static class HostsJsonRenderer
{
    public const string FormatName = "configagent-hosts";

    public const int FormatVersion = 1;

    public static string Render(HostsReport report) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteNumber("version", FormatVersion);
        json.WriteString("revision", report.Revision);
        json.WriteString("facts_dir", report.FactsDirectory);
        json.WriteStartArray("hosts");
        foreach (var host in report.Hosts)
        {
            WriteHost(json, host);
        }

        json.WriteEndArray();
        json.WriteStartArray("documents");
        foreach (var document in report.Documents)
        {
            json.WriteStartObject();
            json.WriteString("name", document.Name);
            json.WriteString("source", document.Span.ToString());
            WriteStrings(json, "hosts", report.HostsOf(document));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "unselected_hosts", [.. report.Unselected.Select(h => h.Host.Hostname)]);
        json.WriteEndObject();
    });

    private static void WriteHost(Utf8JsonWriter json, HostAssignment host)
    {
        json.WriteStartObject();
        json.WriteString("host", host.Host.Hostname);
        if (host.Host.Platform is { } platform)
        {
            json.WriteString("platform", platform);
        }
        else
        {
            json.WriteNull("platform");
        }

        json.WriteString("facts_file", host.Host.File);
        json.WriteStartObject("labels");
        foreach (var (key, value) in host.Host.Facts?.Labels.OrderBy(l => l.Key, StringComparer.Ordinal) ?? Enumerable.Empty<KeyValuePair<string, string>>())
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
        WriteStrings(json, "documents", [.. host.Selected.Select(d => d.Name)]);
        json.WriteStartArray("not_selected");
        foreach (var (document, reason) in host.NotSelected)
        {
            json.WriteStartObject();
            json.WriteString("document", document.Name);
            json.WriteString("reason", reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "conflicts", host.Conflicts);
        WriteStrings(json, "errors", host.Host.Error is { } error ? [error] : []);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
