using System.Text;
using ConfigAgent.Fleet;

namespace ConfigAgent.Output.Fleet;

/// <summary>The hosts report as GitHub-flavoured markdown tables.</summary>
public static class HostsMarkdownRenderer
{
    public static string Render(HostsReport report)
    {
        var text = new StringBuilder();
        text.Append("## ConfigAgent hosts\n\n");
        text.Append($"{FleetPlan.Plural(report.Hosts.Count, "host")} in `{report.FactsDirectory}`, {FleetPlan.Plural(report.Documents.Count, "document")}, desired state `{RevisionText.Short(report.Revision)}`\n\n");
        text.Append("| Host | Platform | Documents | Notes |\n|---|---|---|---|\n");
        foreach (var host in report.Hosts)
        {
            var documents = host.Selected.Count == 0 ? "—" : string.Join(", ", host.Selected.Select(d => MarkdownText.CodeSpan(d.Name, inTable: true)));
            var notes = host.Host.Error is { } error ? [$"error: {error}"]
                : host.Selected.Count == 0 ? host.NotSelected.Select(n => $"`{n.Document.Name}`: {n.Reason}").Prepend("no document selects it").ToList()
                : host.Conflicts.Select(c => $"conflict: {c}").ToList();
            text.Append($"| {MarkdownText.CodeSpan(host.Host.Hostname, inTable: true)} | {MarkdownText.Text(host.Host.Platform ?? "—", inTable: true)} | {documents} | {MarkdownText.MarkdownCell(string.Join("<br>", notes))} |\n");
        }

        text.Append("\n| Document | Source | Hosts |\n|---|---|---|\n");
        foreach (var document in report.Documents)
        {
            var hosts = report.HostsOf(document);
            text.Append($"| {MarkdownText.CodeSpan(document.Name, inTable: true)} | {MarkdownText.CodeSpan(document.Span.ToString(), inTable: true)} | {(hosts.Count == 0 ? "selects no host" : string.Join(", ", hosts.Select(h => MarkdownText.CodeSpan(h, inTable: true))))} |\n");
        }

        return text.ToString();
    }
}
