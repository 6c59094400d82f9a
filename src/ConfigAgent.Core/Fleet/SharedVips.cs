using System.Net;
using ConfigAgent.Documents;

namespace ConfigAgent.Fleet;

/// <summary>
/// A plain interface VIP (no <c>failover:</c>) that documents give to two hosts of an inventory:
/// both would hold it, a duplicate address on their LAN, the outage an HA pair exists to prevent
/// (issue 15 point 6). Loopback (DSR) VIPs are shared by design and are not checked; a failover
/// VIP is keepalived's to give to one member at a time.
/// </summary>
public static class SharedVips
{
    /// <summary>For each host that shares a plain interface VIP, one error per VIP naming every host and document that hold it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Find(IEnumerable<(string Host, DesiredState State)> hosts)
    {
        var holders = new Dictionary<IPAddress, List<(string Host, InterfaceVip Vip, string Document)>>();
        foreach (var (host, state) in hosts)
        {
            foreach (var vip in state.InterfaceVips.Where(v => v.Failover is null && v.Ensure == Ensure.Present))
            {
                var document = state.Documents.FirstOrDefault(d => d.InterfaceVips.Contains(vip))?.Name ?? "?";
                if (!holders.TryGetValue(vip.Address.Address, out var list))
                {
                    holders[vip.Address.Address] = list = [];
                }

                list.Add((host, vip, document));
            }
        }

        var errors = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (address, list) in holders.Where(h => h.Value.Select(x => x.Host).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1))
        {
            var who = string.Join(", ", list.Select(x => $"{x.Host} (document '{x.Document}', {x.Vip.Span})"));
            foreach (var (host, vip, _) in list)
            {
                if (!errors.TryGetValue(host, out var mine))
                {
                    errors[host] = mine = [];
                }

                mine.Add($"{vip.Span}: error: {address} is a plain interface VIP on {list.Count} hosts: {who}: each would hold it, a duplicate address on their LAN; "
                    + "give it to one host, or make it a failover VIP (failover:) that keepalived moves between them");
            }
        }

        return errors.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value, StringComparer.OrdinalIgnoreCase);
    }
}
