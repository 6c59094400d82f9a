using ConfigAgent.Compilation;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.HostAccess;
using ConfigAgent.Observation;
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
        Parallel.For(0, inventory.Count, i => plans[i] = PlanHost(documents, inventory[i], context));
        return new FleetPlan(documents.Revision, factsDirectory, plans);
    }

    private FleetHostPlan PlanHost(DocumentSet documents, InventoryHost host, CompileContext context)
    {
        if (host.Facts is not { } facts)
        {
            return new FleetHostPlan(host, null, [host.Error ?? $"{host.File}: no facts"]);
        }

        var diagnostics = new DiagnosticBag();
        try
        {
            var builder = new PlanBuilder(platforms(facts.Platform), new RecordedFactsObserver(facts, $"from {host.File}"));
            var result = builder.Build(documents, context, diagnostics);
            var errors = diagnostics.Sorted().Where(d => d.IsError).Select(d => d.ToString()).ToList();
            return new FleetHostPlan(host, errors.Count == 0 ? result?.Plan : null, result is null && errors.Count == 0 ? [$"{host.File}: the host could not be planned"] : errors);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or IOException or UnauthorizedAccessException or HostAccessException)
        {
            return new FleetHostPlan(host, null, [$"{host.File}: {ex.Message}"]);
        }
    }
}
