using System.Text;

namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>
/// The desired states the agent lab converges to: a DSR real server (a loopback VIP and the ARP
/// policy it brings), the same role with a syntax error, and a run long enough to stop mid-way.
/// Persistence is off: the agent tests check the live kernel and the state directory.
/// </summary>
internal static class AgentDocuments
{
    public const string Vip = "192.0.2.10";
    public const string OtherVip = "192.0.2.11";

    private const string RuntimeOnly = "linux: {persistence: {addresses: none, sysctls: none}}";

    public static string RealServer(string vip = Vip) => $"""
        version: 1
        name: dsr-realserver
        description: Real server of the web pool, DSR VIP on the loopback.

        loopback_vips:
          - {vip}

        {RuntimeOnly}

        """;

    /// <summary>The VIP moves to <see cref="OtherVip"/>, with a typo in a second one: line 6, column 5.</summary>
    public const string Invalid = $"""
        version: 1
        name: dsr-realserver
        description: Real server of the web pool, DSR VIP on the loopback.
        loopback_vips:
          - {OtherVip}
          - 192.0.2.300
        {RuntimeOnly}

        """;

    /// <summary>
    /// <paramref name="count"/> IPv6 loopback VIPs in 2001:db8:1::/64 (IPv6 has no ARP: no sysctl
    /// comes with them). The kernel adds each /128 in time that grows with the addresses already on
    /// lo, so thousands of them make a run that lasts long enough to signal the agent in the middle.
    /// </summary>
    public static string ManyIpv6(int count)
    {
        var text = new StringBuilder("version: 1\nname: many-vips\nloopback_vips:\n");
        foreach (var address in ManyIpv6Addresses(count))
        {
            text.Append("  - ").Append(address).Append('\n');
        }

        return text.Append(RuntimeOnly).Append('\n').ToString();
    }

    public static IEnumerable<string> ManyIpv6Addresses(int count) =>
        Enumerable.Range(1, count).Select(i => $"2001:db8:1::{i:x}");
}
