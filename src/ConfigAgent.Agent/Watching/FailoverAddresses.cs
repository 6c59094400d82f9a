using System.Net;

namespace ConfigAgent.Agent.Watching;

/// <summary>
/// The failover VIPs of this host, as the last run compiled them. keepalived adds and removes
/// them at every failover: their kernel events are keepalived's moves, not drift, and start no
/// run (issue 15 point 5). Replaced whole by each run, read by the watcher's thread.
/// </summary>
public sealed class FailoverAddresses
{
    private volatile HashSet<IPAddress> _addresses = [];

    public bool Contains(IPAddress address) => _addresses.Contains(address);

    public void Replace(IEnumerable<IPAddress> addresses) => _addresses = [.. addresses];
}
