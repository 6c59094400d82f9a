using ConfigAgent.Graph;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Engine;

/// <summary>
/// A platform's hands: sets one change on the host. The engine orders the changes, verifies
/// them by observing the host again, and rolls back with the undo each step returns.
/// </summary>
public interface IChangeExecutor
{
    /// <summary>Makes the change; throws <see cref="HostAccessException"/> when the host refuses it.</summary>
    AppliedStep Apply(Change change, CancellationToken cancellationToken);

    /// <summary>After changes were verified: tells the network about addresses that arrived (gratuitous ARP).</summary>
    void Announce(IReadOnlyList<Change> verified, CancellationToken cancellationToken);
}
