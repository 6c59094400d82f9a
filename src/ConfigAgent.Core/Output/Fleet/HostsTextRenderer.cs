using System.Text;
using ConfigAgent.Fleet;

namespace ConfigAgent.Output.Fleet;

/// <summary>The hosts report for a terminal (<c>--format markdown</c> puts the same in tables).</summary>
public static class HostsTextRenderer
{
    public static string Render(HostsReport report)
    {
        var text = new StringBuilder();
        text.Append($"{FleetPlan.Plural(report.Hosts.Count, "host")} in {report.FactsDirectory}, {FleetPlan.Plural(report.Documents.Count, "document")}, desired state {RevisionText.Short(report.Revision)}\n");
        foreach (var host in report.Hosts)
        {
            text.Append('\n').Append(host.Host.Hostname);
            if (host.Host.Error is { } error)
            {
                text.Append(": error: ").Append(error).Append('\n');
                continue;
            }

            text.Append($" ({host.Host.Platform}, {host.Host.File})");
            text.Append(host.Selected.Count == 0 ? ": no document selects it\n" : "\n");
            foreach (var document in host.Selected)
            {
                text.Append($"  + {document.Name} ({document.Span})\n");
            }

            if (host.Selected.Count == 0)
            {
                foreach (var (document, reason) in host.NotSelected)
                {
                    text.Append($"  - {document.Name}: {reason}\n");
                }
            }

            foreach (var conflict in host.Conflicts)
            {
                text.Append("  conflict: ").Append(conflict).Append('\n');
            }
        }

        text.Append("\nDocuments:\n");
        foreach (var document in report.Documents)
        {
            var hosts = report.HostsOf(document);
            text.Append($"  {document.Name} ({document.Span}): ")
                .Append(hosts.Count == 0 ? "selects no host of the inventory" : string.Join(", ", hosts)).Append('\n');
        }

        var unselected = report.Unselected;
        text.Append(unselected.Count == 0
            ? "\nEvery host is selected by a document.\n"
            : $"\nNo document selects {FleetPlan.Plural(unselected.Count, "host")}: {string.Join(", ", unselected.Select(h => h.Host.Hostname))}\n");
        return text.ToString();
    }
}
