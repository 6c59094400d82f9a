using ConfigAgent.Compilation;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.HostAccess;
using ConfigAgent.Observation;
using ConfigAgent.Ownership;
using ConfigAgent.Planning;

namespace ConfigAgent.Fleet;

/// <summary>
/// Plans every host of an inventory against one validated document set. Each host goes through
/// the single-host <see cref="PlanBuilder"/> with its recorded facts and its own platform: there
/// is one planner. Documents are parsed once by the caller; hosts are planned on every core.
/// </summary>
public sealed class FleetPlanner(Func<string, IPlatform> platforms)
{
    public FleetPlan Plan(DocumentSet documents, string factsDirectory, IReadOnlyList<InventoryHost> inventory, CompileContext context)
    {
        var plans = new FleetHostPlan[inventory.Count];
        var states = new DesiredState?[inventory.Count];
        Parallel.For(0, inventory.Count, i => plans[i] = PlanHost(documents, inventory[i], context, out states[i]));

        // A plain VIP on two hosts is wrong on both, though each host's plan alone is fine.
        var shared = SharedVips.Find(Enumerable.Range(0, plans.Length).Where(i => states[i] is not null).Select(i => (plans[i].Hostname, states[i]!)));
        for (var i = 0; i < plans.Length; i++)
        {
            if (shared.TryGetValue(plans[i].Hostname, out var errors))
            {
                plans[i] = plans[i] with { Errors = [.. plans[i].Errors, .. errors] };
            }
        }

        return new FleetPlan(documents.Revision, factsDirectory, plans);
    }

    private FleetHostPlan PlanHost(DocumentSet documents, InventoryHost host, CompileContext context, out DesiredState? state)
    {
        state = null;
        if (host.Facts is not { } facts)
        {
            return new FleetHostPlan(host, null, [host.Error ?? $"{host.File}: no facts"]);
        }

        var diagnostics = new DiagnosticBag();
        try
        {
            var builder = new PlanBuilder(platforms(facts.Platform), new RecordedFactsObserver(facts, $"from {host.File}"));
            var result = builder.Build(documents, context with { Ledger = RecordedLedger.Of(facts) }, diagnostics);
            state = result?.Compiled.State;
            var errors = diagnostics.Sorted().Where(d => d.IsError).Select(d => d.ToString()).ToList();
            return new FleetHostPlan(host, errors.Count == 0 ? result?.Plan : null, result is null && errors.Count == 0 ? [$"{host.File}: the host could not be planned"] : errors);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or IOException or UnauthorizedAccessException or HostAccessException)
        {
            return new FleetHostPlan(host, null, [$"{host.File}: {ErrorSentence.Of(ex)}"]);
        }
    }
}
