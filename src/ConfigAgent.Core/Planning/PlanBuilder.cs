using System.Net;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Hosts;
using ConfigAgent.Platforms;

namespace ConfigAgent.Planning;

/// <summary>
/// The data flow from a validated document set to a plan: observe the host, select and merge its
/// documents, compile, order, observe what the resources need, diff. Plan and apply both start here.
/// </summary>
public sealed class PlanBuilder(DesiredStateLoader loader, IPlatform platform, IHostObserver observer)
{
    /// <summary>Returns the plan, or null with the reasons in <paramref name="diagnostics"/>.</summary>
    public PlanResult? Build(DocumentSet documents, CompileContext context, DiagnosticBag diagnostics, string? hostname = null)
    {
        var host = observer.ObserveHost();
        if (hostname is not null)
        {
            host = host with { Hostname = hostname };
        }

        var state = loader.ForHost(documents, Identity(host), diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var graph = platform.Compile(state, host, context);
        if (!graph.TryOrder(out var order, out var cycle))
        {
            diagnostics.Error(SourceSpan.None("resource graph"), "the resource graph has a cycle: " + GraphCycleException.Describe(cycle));
            return null;
        }

        var facts = observer.ObserveDetails(host, Planner.ScopeOf(graph));
        var notes = new List<string>();
        if (state.Documents.Count == 0)
        {
            notes.Add(documents.Documents.Count == 0
                ? "the files hold no desired-state document"
                : $"no document selects host '{host.Hostname}': only what ConfigAgent created before is considered");
        }

        var plan = new Plan
        {
            Host = host.Hostname,
            Platform = platform.Name,
            Revision = documents.Revision,
            Documents = [.. state.Documents.Select(d => d.Name)],
            ObservedFrom = observer.Source,
            Resources = order,
            Changes = Planner.Diff(order, facts),
            Notes = notes,
        };
        return new PlanResult(plan, graph, state, facts);
    }

    public static HostIdentity Identity(HostFacts facts)
    {
        var addresses = new List<IPAddress>();
        foreach (var candidate in facts.Interfaces)
        {
            addresses.AddRange(candidate.Addresses.Select(a => a.Address));
        }

        return new HostIdentity(facts.Hostname, facts.Labels, addresses);
    }
}
