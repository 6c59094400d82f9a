using ConfigAgent.Compilation;
using ConfigAgent.Diagnostics;
using ConfigAgent.Engine;
using ConfigAgent.Output;
using ConfigAgent.Ownership;
using ConfigAgent.Planning;
using ConfigAgent.Testing;

namespace ConfigAgent.Platforms.Tests.Commands;

/// <summary>
/// A platform driven by commands reached through a fake host (its runner and files, as SSH would
/// carry them): plans and applies documents through the real plan builder, apply engine and
/// ledger, as the CLI does.
/// </summary>
internal sealed class HostHarness(RemoteHost host)
{
    public const string StateDirectory = "/var/lib/configagent";

    private readonly LedgerStore _ledger = host.Ledger;

    public Ledger Ledger => _ledger.Load();

    public PlanResult Plan(string yaml) => Plan(yaml, _ledger.Load());

    public ApplyResult Apply(string yaml, ApplyOptions? options = null)
    {
        var ledger = _ledger.Load();
        var planned = Plan(yaml, ledger);
        return new ApplyEngine(host.Executor, host.Observer, _ledger, TimeProvider.System).Apply(planned, ledger, options ?? ApplyOptions.Default, TestContext.Current.CancellationToken);
    }

    /// <summary>The commands of a plan's changes, in apply order, one per line: the sequence apply runs.</summary>
    public static string Commands(Plan plan) =>
        string.Concat(plan.Changes.SelectMany(c => c.Commands.Select(command => $"{command}\n")));

    /// <summary>Each change of a plan as "action title", in apply order.</summary>
    public static List<string> Steps(Plan plan) => [.. plan.Changes.Select(c => $"{ChangeSymbols.Of(c.Action)} {c.Resource.Title}")];

    private PlanResult Plan(string yaml, Ledger ledger)
    {
        var (documents, loaded) = DocumentText.Load(yaml);
        var diagnostics = new DiagnosticBag();
        var result = new PlanBuilder(host.Platform, host.Observer).Build(documents, new CompileContext(ledger), diagnostics);
        if (loaded.HasErrors || diagnostics.HasErrors || result is null)
        {
            throw new InvalidOperationException(string.Join('\n', loaded.Sorted().Concat(diagnostics.Sorted())));
        }

        return result;
    }
}
