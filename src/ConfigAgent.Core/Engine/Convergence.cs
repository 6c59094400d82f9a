using ConfigAgent.Compilation;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.HostAccess;
using ConfigAgent.Observation;
using ConfigAgent.Ownership;
using ConfigAgent.Planning;

namespace ConfigAgent.Engine;

/// <summary>
/// One run on the local host, as the CLI's apply and the agent both do it: take the host's run
/// lock, read the ledger, plan (stages 3 to 5), and in enforce mode apply exactly that plan
/// (stage 6), which records what it did in the ledger (stage 7). The documents come validated
/// (stages 1 and 2). Every way it can stop short is in the result, never an exception for the
/// caller to guess about.
/// </summary>
public sealed class Convergence(
    IPlatform platform,
    IHostObserver observer,
    IChangeExecutor executor,
    LedgerStore ledgerStore,
    IRunLock runLock,
    TimeProvider clock)
{
    private readonly PlanBuilder _planner = new(platform, observer);
    private readonly ApplyEngine _engine = new(executor, observer, ledgerStore, clock);

    public ConvergenceResult Run(DocumentSet documents, ConvergenceOptions options, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var diagnostics = new DiagnosticBag();
        ConvergenceResult Stop(string? error, PlanResult? planned = null, ApplyResult? applied = null) =>
            new(options.Mode, diagnostics, planned, applied, error, clock.GetElapsedTime(started));

        try
        {
            using var held = runLock.Acquire(options.LockTimeout, cancellationToken);
            var ledger = ledgerStore.Load();
            var planned = _planner.Build(documents, new CompileContext(ledger, options.TemplateDirectory, options.AllowMassRemoval), diagnostics, options.Hostname);
            if (planned is null)
            {
                return Stop(null);
            }

            if (options.Mode == RunMode.Audit)
            {
                return Stop(null, planned);
            }

            return Stop(null, planned, _engine.Apply(planned, ledger, options.Apply, cancellationToken));
        }
        catch (Exception ex) when (ex is RunLockTimeoutException or LedgerCorruptException or HostAccessException
            or IOException or UnauthorizedAccessException or FormatException or OperationCanceledException)
        {
            var message = ex is OperationCanceledException ? "the run was stopped before it started" : ErrorSentence.Of(ex);
            return Stop(message);
        }
    }
}
