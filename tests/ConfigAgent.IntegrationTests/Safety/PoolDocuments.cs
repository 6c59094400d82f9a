using System.Text;

namespace ConfigAgent.IntegrationTests.Safety;

/// <summary>
/// Two desired states of a DSR pool for the crash tests, each 200 loopback VIPs persisted as
/// network-scripts ifcfg files and a sysctl.d drop-in: going from one to the other removes 200
/// addresses, adds 200, and rewrites 200 files and their backups, a run with every kind of write.
/// </summary>
internal static class PoolDocuments
{
    public const int Vips = 200;

    public static readonly PoolDocument A = new("a", Addresses("198.51.100"), Sysctl: null);

    public static readonly PoolDocument B = new("b", Addresses("203.0.113"), Sysctl: "net.ipv4.ip_nonlocal_bind: 1");

    private static IReadOnlyList<string> Addresses(string network) =>
        [.. Enumerable.Range(1, Vips).Select(i => $"{network}.{i}")];
}

/// <summary>One of <see cref="PoolDocuments"/>: its VIPs and the YAML that declares them.</summary>
internal sealed record PoolDocument(string Name, IReadOnlyList<string> Addresses, string? Sysctl)
{
    public string Yaml()
    {
        var text = new StringBuilder($"version: 1\nname: pool-{Name}\nloopback_vips:\n");
        foreach (var address in Addresses)
        {
            text.Append("  - ").Append(address).Append('\n');
        }

        if (Sysctl is not null)
        {
            text.Append("sysctls:\n  ").Append(Sysctl).Append('\n');
        }

        return text.Append("linux: {persistence: {addresses: network-scripts, sysctls: sysctl.d}}\n").ToString();
    }
}
