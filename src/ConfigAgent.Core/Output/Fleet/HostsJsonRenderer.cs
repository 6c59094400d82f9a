using ConfigAgent.Fleet;
using ConfigAgent.Output.Json;
using ConfigAgent.Output.JsonModels;

namespace ConfigAgent.Output.Fleet;

/// <summary>The hosts report for bots (<c>hosts --format json</c>): a <see cref="HostsJson"/>, docs/fleet.md.</summary>
public static class HostsJsonRenderer
{
    public static string Render(HostsReport report) => JsonOutput.Write(Model(report), OutputJsonContext.Default.HostsJson);

    private static HostsJson Model(HostsReport report) => new()
    {
        Revision = report.Revision,
        FactsDirectory = report.FactsDirectory,
        Hosts = [.. report.Hosts.Select(Host)],
        Documents = [.. report.Documents.Select(d => new HostsJsonDocument(d.Name, d.Span.ToString(), report.HostsOf(d)))],
        UnselectedHosts = [.. report.Unselected.Select(h => h.Host.Hostname)],
    };

    private static HostsJsonHost Host(HostAssignment host) => new(
        host.Host.Hostname,
        host.Host.Platform,
        host.Host.File,
        Labels(host.Host),
        [.. host.Selected.Select(d => d.Name)],
        [.. host.NotSelected.Select(n => new HostsJsonNotSelected(n.Document.Name, n.Reason))],
        host.Conflicts,
        host.Host.Error is { } error ? [error] : []);

    private static SortedDictionary<string, string> Labels(InventoryHost host)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in host.Facts?.Labels ?? new Dictionary<string, string>())
        {
            labels[key] = value;
        }

        return labels;
    }
}
