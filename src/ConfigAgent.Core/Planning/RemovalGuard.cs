using ConfigAgent.Graph;
using ConfigAgent.Ownership;

namespace ConfigAgent.Planning;

/// <summary>
/// Caps what one run removes from the ledger (issue 17): more than half of what ConfigAgent owns
/// on the host, and more than one resource, is refused before anything changes unless the
/// operator lifts the guard for the run. Explicit <c>ensure: absent</c> entries are intended and
/// never counted; neither is what the ledger holds but the host no longer has (nothing to undo).
/// A run that carries out an explicit <c>ensure: absent</c> is a deliberate edit of this host: what
/// the retired entries leave unneeded (their boot script, the ARP policy they needed) goes with
/// them, and the guard stands aside.
/// </summary>
public static class RemovalGuard
{
    public static MassRemoval? Check(IReadOnlyList<Change> changes, Ledger ledger, bool allowed)
    {
        if (changes.Any(c => c.Resource.Ensure == Documents.Ensure.Absent && !LedgerOrigin.IsFrom(c.Resource.Origin)))
        {
            return null;
        }

        var removals = changes.Where(c => c.Action != ChangeAction.Blocked && LedgerOrigin.IsFrom(c.Resource.Origin)).ToList();
        var owned = ledger.Entries.Count;
        return removals.Count > 1 && removals.Count * 2 > owned ? new MassRemoval(owned, removals, allowed) : null;
    }
}
