using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Failover;

/// <summary>
/// Stops VRRP (IP protocol 112) in and out of a member with a policy-routing rule (`ip rule
/// ipproto vrrp blackhole`), while ARP and everything else still pass: the split brain of a
/// VRRP-blind filter between two hosts that still see each other. The kernel here has no tc
/// actions and no netfilter tools. The rule goes before the local table's, which would
/// otherwise deliver the adverts first (its rule is moved from preference 0 to 100).
/// </summary>
internal static class VrrpBlock
{
    public static void Apply(params IReadOnlyList<NetworkNamespace> hosts)
    {
        foreach (var host in hosts)
        {
            host.Ip("rule", "add", "pref", "10", "ipproto", "112", "blackhole");
            host.Ip("rule", "add", "pref", "100", "lookup", "local");
            host.Ip("rule", "del", "pref", "0", "lookup", "local");
        }
    }
}
