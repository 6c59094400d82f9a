using ConfigAgent.Composition;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Selection;
using ConfigAgent.Validation;

namespace ConfigAgent.Fleet;

/// <summary>Which documents apply to which host of an inventory: what <c>configagent hosts</c> shows.</summary>
public sealed record HostsReport(string Revision, string FactsDirectory, IReadOnlyList<DesiredStateDocument> Documents, IReadOnlyList<HostAssignment> Hosts)
{
    /// <summary>Composes and validates each host's desired state the way a plan does (<see cref="Planning.PlanBuilder"/>).</summary>
    public static HostsReport Build(DocumentSet documents, string factsDirectory, IReadOnlyList<InventoryHost> inventory)
    {
        var hosts = new List<HostAssignment>();
        foreach (var host in inventory)
        {
            if (host.Facts is not { } facts)
            {
                hosts.Add(new HostAssignment(host, [], [], []));
                continue;
            }

            var identity = HostIdentity.Of(facts);
            var state = DesiredStateComposer.Compose(documents, identity);
            var diagnostics = new DiagnosticBag();
            DesiredStateValidator.ValidateHost(state, diagnostics);
            var notSelected = documents.Documents
                .Select(d => (Document: d, Reason: HostSelection.Mismatch(d.Hosts, identity)))
                .Where(x => x.Reason is not null)
                .Select(x => (x.Document, x.Reason!))
                .ToList();
            hosts.Add(new HostAssignment(host, state.Documents, notSelected, [.. diagnostics.Sorted().Where(d => d.IsError).Select(d => d.ToString())]));
        }

        return new HostsReport(documents.Revision, factsDirectory, documents.Documents, hosts);
    }

    public IReadOnlyList<HostAssignment> Unselected => [.. Hosts.Where(h => h.Host.Facts is not null && h.Selected.Count == 0)];

    public bool HasErrors => Hosts.Any(h => h.Host.Error is not null || h.Conflicts.Count > 0);

    /// <summary>The hosts a document selects, in hostname order.</summary>
    public IReadOnlyList<string> HostsOf(DesiredStateDocument document) =>
        [.. Hosts.Where(h => h.Selected.Contains(document)).Select(h => h.Host.Hostname)];
}
