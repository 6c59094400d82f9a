using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.HostAccess;
using ConfigAgent.Observation;
using ConfigAgent.Ownership;
using ConfigAgent.Planning;

namespace ConfigAgent.Engine;

/// <summary>
/// Executes exactly the plan <c>plan</c> printed, in its order. Each change is set, then verified
/// by observing the host again before anything that depends on it runs; a failure rolls back this
/// run's changes in reverse order. The ledger is written ahead of the changes, so a crash never
/// leaves something ConfigAgent created without a record of it.
/// </summary>
public sealed class ApplyEngine(IChangeExecutor executor, IHostObserver observer, LedgerStore ledgerStore, TimeProvider clock)
{
    public ApplyResult Apply(PlanResult planned, Ledger ledger, ApplyOptions options, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var plan = planned.Plan;
        var changes = plan.Changes;
        if (plan.MassRemoval is { Allowed: false } guard)
        {
            return new ApplyResult(plan, ApplyOutcome.Refused, Steps(changes, _ => StepStatus.NotRun), clock.GetElapsedTime(started),
                $"nothing was changed: {guard.Describe()}");
        }

        if (plan.IsBlocked)
        {
            var blocked = changes.Where(c => c.Action == ChangeAction.Blocked).Select(c => $"{c.Resource.Title}: {c.Reason}");
            return new ApplyResult(plan, ApplyOutcome.Refused, Steps(changes, _ => StepStatus.NotRun), clock.GetElapsedTime(started),
                "the plan has blocked resources, nothing was changed: " + string.Join("; ", blocked));
        }

        if (!plan.HasChanges)
        {
            if (ForgetSettled(planned, ledger, changes))
            {
                ledgerStore.Save(ledger);
            }

            return new ApplyResult(plan, ApplyOutcome.NoChanges, [], clock.GetElapsedTime(started));
        }

        var intents = RecordIntents(changes, ledger);
        var run = new Run(changes);
        try
        {
            Execute(planned, run, options, cancellationToken);
        }
        catch (Exception ex) when (ex is HostAccessException or StepVerificationException or OperationCanceledException or IOException or UnauthorizedAccessException)
        {
            var failed = ex is StepVerificationException verification ? changes.ToList().IndexOf(verification.Change) : run.Applied.Count;
            var message = ex is OperationCanceledException ? "the run was stopped before it finished" : ErrorSentence.Of(ex);
            var statuses = Unwind(run, failed, message, options);
            SettleLedgerAfterFailure(ledger, intents, statuses);
            return new ApplyResult(plan, ApplyOutcome.Failed, statuses, clock.GetElapsedTime(started), $"step {failed + 1} ({changes[Math.Min(failed, changes.Count - 1)].Resource.Title}): {message}");
        }

        // The intents written ahead already hold what this run created; the ledger is written
        // again only when the run released something.
        var released = false;
        foreach (var change in changes.Where(Releases))
        {
            released |= ledger.Forget(change.Resource.Id);
        }

        if (ForgetSettled(planned, ledger, changes) || released)
        {
            ledgerStore.Save(ledger);
        }

        return new ApplyResult(plan, ApplyOutcome.Converged, Steps(changes, _ => StepStatus.Applied), clock.GetElapsedTime(started));
    }

    private void Execute(PlanResult planned, Run run, ApplyOptions options, CancellationToken cancellationToken)
    {
        var pending = new List<Change>();
        var pendingIds = new HashSet<ResourceId>();
        foreach (var change in run.Changes)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // A change is verified before anything that depends on it is set: the ARP sysctls are
            // observed in force before a DSR VIP is added.
            if (pendingIds.Count > 0 && planned.Compiled.Graph.EdgesTo(change.Resource.Id).Any(e => pendingIds.Contains(e.From)))
            {
                Verify(pending, cancellationToken);
                pendingIds.Clear();
            }

            pendingIds.Add(change.Resource.Id);

            run.Applied.Add(executor.Apply(change, cancellationToken));
            pending.Add(change);
            if (options.StepDelay > TimeSpan.Zero)
            {
                Task.Delay(options.StepDelay, clock, cancellationToken).GetAwaiter().GetResult();
            }
        }

        Verify(pending, cancellationToken);
    }

    private void Verify(List<Change> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var scope = new ObservationScope();
        foreach (var change in pending)
        {
            change.Resource.Scope(scope);
        }

        var facts = observer.ObserveDetails(observer.ObserveHost(), scope);
        foreach (var change in pending)
        {
            if (change.Resource.Test(facts) is { } still)
            {
                throw new StepVerificationException(change, $"observed again, {still.Reason}");
            }
        }

        executor.Announce([.. pending], cancellationToken);
        pending.Clear();
    }

    private List<StepResult> Unwind(Run run, int failed, string message, ApplyOptions options)
    {
        var statuses = new List<StepResult>();
        for (var i = run.Changes.Count - 1; i >= 0; i--)
        {
            var change = run.Changes[i];
            if (i >= run.Applied.Count)
            {
                statuses.Add(new StepResult(i + 1, change, i == failed ? StepStatus.Failed : StepStatus.NotRun, i == failed ? message : null));
                continue;
            }

            if (!options.Rollback)
            {
                statuses.Add(new StepResult(i + 1, change, i == failed ? StepStatus.Failed : StepStatus.Kept, i == failed ? message : null));
                continue;
            }

            try
            {
                run.Applied[i].Undo();
                statuses.Add(new StepResult(i + 1, change, i == failed ? StepStatus.Failed : StepStatus.RolledBack, i == failed ? $"{message}; undone" : null) { Undone = true });
            }
            catch (Exception ex) when (ex is HostAccessException or IOException or UnauthorizedAccessException)
            {
                statuses.Add(new StepResult(i + 1, change, StepStatus.RollbackFailed, $"could not be undone: {ErrorSentence.Of(ex)}"));
            }
        }

        statuses.Reverse();
        return VerifyRollback(statuses);
    }

    /// <summary>
    /// Observes the host again after a rollback: a step counts as rolled back only when its
    /// resource is found as the plan first found it. "Undone" is a claim; this checks it.
    /// </summary>
    private List<StepResult> VerifyRollback(List<StepResult> statuses)
    {
        var undone = statuses.Where(s => s.Undone).ToList();
        if (undone.Count == 0)
        {
            return statuses;
        }

        HostFacts facts;
        try
        {
            var scope = new ObservationScope();
            foreach (var step in undone)
            {
                step.Change.Resource.Scope(scope);
            }

            facts = observer.ObserveDetails(observer.ObserveHost(), scope);
        }
        catch (Exception ex) when (ex is HostAccessException or IOException or UnauthorizedAccessException)
        {
            return [.. statuses.Select(s => undone.Contains(s) ? s with { Message = $"{s.Message ?? "undone"}; the host could not be observed again to confirm it: {ErrorSentence.Of(ex)}" } : s)];
        }

        return [.. statuses.Select(s =>
        {
            if (!undone.Contains(s))
            {
                return s;
            }

            var again = s.Change.Resource.Test(facts);
            var restored = again is not null && again.Action == s.Change.Action && again.Before == s.Change.Before;
            return restored ? s : s with { Status = StepStatus.RollbackFailed, Message = $"undone, but observed again it is {again?.Before ?? "as desired"}, not {s.Change.Before ?? "absent"} as before the run" };
        })];
    }

    private List<ResourceId> RecordIntents(IReadOnlyList<Change> changes, Ledger ledger)
    {
        var intents = new List<ResourceId>();
        foreach (var change in changes)
        {
            if (!ledger.Owns(change.Resource.Id) && change.Resource is IOwnable owner && owner.Ownership(change) is { } entry)
            {
                ledger.Record(entry with { RecordedAt = clock.GetUtcNow() });
                intents.Add(change.Resource.Id);
            }
        }

        if (intents.Count > 0)
        {
            ledgerStore.Save(ledger);
        }

        return intents;
    }

    private void SettleLedgerAfterFailure(Ledger ledger, List<ResourceId> intents, List<StepResult> statuses)
    {
        // What still stands on the host stays owned; what never happened, or was undone, does not.
        var standing = statuses.Where(s => s.Status is StepStatus.Kept or StepStatus.RollbackFailed).Select(s => s.Change).ToList();
        foreach (var id in intents.Where(id => !standing.Any(c => c.Resource.Id == id)))
        {
            ledger.Forget(id);
        }

        foreach (var change in standing.Where(Releases))
        {
            ledger.Forget(change.Resource.Id);
        }

        if (intents.Count > 0 || standing.Count > 0)
        {
            ledgerStore.Save(ledger);
        }
    }

    /// <summary>Owned resources that must be absent and already are: the ledger no longer needs them.</summary>
    private static bool ForgetSettled(PlanResult planned, Ledger ledger, IReadOnlyList<Change> changes)
    {
        var changed = changes.Select(c => c.Resource.Id).ToHashSet();
        var forgot = false;
        foreach (var resource in planned.Plan.Resources)
        {
            if (resource.Ensure == Ensure.Absent && !changed.Contains(resource.Id) && ledger.Owns(resource.Id))
            {
                forgot |= ledger.Forget(resource.Id);
            }
        }

        return forgot;
    }

    private static bool Releases(Change change) => change.Resource is IOwnable owner && owner.Releases(change);

    private static List<StepResult> Steps(IReadOnlyList<Change> changes, Func<Change, StepStatus> status) =>
        [.. changes.Select((c, i) => new StepResult(i + 1, c, status(c)))];

    private sealed class Run(IReadOnlyList<Change> changes)
    {
        public IReadOnlyList<Change> Changes { get; } = changes;

        public List<AppliedStep> Applied { get; } = [];
    }
}
