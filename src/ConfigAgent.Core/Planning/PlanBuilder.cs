using ConfigAgent.Compilation;
using ConfigAgent.Composition;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Graph;
using ConfigAgent.Observation;
using ConfigAgent.Selection;
using ConfigAgent.Validation;

namespace ConfigAgent.Planning;

/// <summary>
/// The pipeline for one host, from a validated document set to a plan: observe the host, compose
/// its desired state (stage 3) and validate it, compile the graph (stage 4) and order it, observe
/// what the resources need, diff (stage 5). Plan and apply both start here; apply (stage 6) takes
/// the plan it returns.
/// </summary>
public sealed class PlanBuilder(IPlatform platform, IHostObserver observer)
{
    /// <summary>Compiles the host's desired state into an ordered graph, or returns null with the reasons.</summary>
    public CompiledHost? Compile(DocumentSet documents, CompileContext context, DiagnosticBag diagnostics, string? hostname = null)
    {
        var host = observer.ObserveHost();
        if (hostname is not null)
        {
            host = host with { Hostname = hostname };
        }

        var state = DesiredStateComposer.Compose(documents, HostIdentity.Of(host));
        DesiredStateValidator.ValidateHost(state, diagnostics);
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
        };
        return new PlanResult(plan, compiled, facts);
    }
}
