using ConfigAgent.Graph;

namespace ConfigAgent.Ownership;

/// <summary>
/// A resource whose changes make ConfigAgent own something on the host, or stop owning it: the
/// apply engine records the one in the ledger ahead of the change and forgets the other after it.
/// </summary>
public interface IOwnable
{
    /// <summary>
    /// What the ledger records when <paramref name="change"/> is applied: enough to undo it once it
    /// is no longer declared. Null when the change makes ConfigAgent own nothing.
    /// </summary>
    LedgerEntry? Ownership(Change change);

    /// <summary>Whether applying <paramref name="change"/> ends ConfigAgent's ownership (a removal, a restore).</summary>
    bool Releases(Change change);
}
