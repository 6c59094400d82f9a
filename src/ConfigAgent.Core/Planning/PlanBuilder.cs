using System.Net;
using ConfigAgent.Compilation;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Failover;
using ConfigAgent.Graph;
using ConfigAgent.Observation;
using ConfigAgent.Selection;

namespace ConfigAgent.Planning;

/// <summary>
/// The data flow from a validated document set to a plan: observe the host, select and merge its
/// documents, compile, order, observe what the resources need, diff. Plan and apply both start here.
/// </summary>
public sealed class PlanBuilder(DesiredStateLoader loader, IPlatform platform, IHostObserver observer)
{
    /// <summary>Compiles the host's desired state into an ordered graph, or returns null with the reasons.</summary>
    public CompiledHost? Compile(DocumentSet documents, CompileContext context, DiagnosticBag diagnostics, string? hostname = null)
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

        return new CompiledHost(host, state, graph, order);
    }

    /// <summary>Returns the plan, or null with the reasons in <paramref name="diagnostics"/>.</summary>
    public PlanResult? Build(DocumentSet documents, CompileContext context, DiagnosticBag diagnostics, string? hostname = null)
    {
        if (Compile(documents, context, diagnostics, hostname) is not { } compiled)
        {
            return null;
        }

        var facts = observer.ObserveDetails(compiled.Host, Planner.ScopeOf(compiled.Graph));
        var notes = new List<string>();
        if (compiled.State.Documents.Count == 0)
        {
            notes.Add(documents.Documents.Count == 0
                ? "the files hold no desired-state document"
                : $"no document selects host '{compiled.Host.Hostname}'");
        }

        notes.AddRange(compiled.Graph.Notes);
        var changes = Planner.Diff(compiled.Order, facts);
        var massRemoval = RemovalGuard.Check(changes, context.Ledger, context.AllowMassRemoval);
        if (massRemoval is not null)
        {
            notes.Add(massRemoval.Describe());
        }

        var plan = new Plan
        {
            Host = compiled.Host.Hostname,
            Platform = platform.Name,
            Revision = documents.Revision,
            Documents = [.. compiled.State.Documents.Select(d => d.Name)],
            ObservedFrom = observer.Source,
            Resources = compiled.Order,
            Changes = changes,
            Notes = notes,
            MassRemoval = massRemoval,
            Failover = FailoverStatus.Of(VrrpInstance.ForHost(compiled.State, compiled.Host.Hostname), facts),
        };
        return new PlanResult(plan, compiled, facts);
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
