using System.Text;

namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// The desired state every reboot test applies: loopback VIPs (IPv6 too where the style can
/// restore them), an HA VIP on the lab's NIC, the ARP policy extended to that NIC, and sysctls
/// of their own. Documentation ranges only.
/// </summary>
internal static class RebootDocument
{
    public const string Nic = "vip0";
    public const string HaVip = "198.51.100.100/24";
    public const string HaVipAddress = "198.51.100.100";
    public const string HaLabel = "vip0:1";
    public const string FirstLoopbackVip = "192.0.2.10";

    /// <summary>The last IPv4 loopback VIP: removing it renumbers no other alias.</summary>
    public const string LastLoopbackVip = "192.0.2.11";

    public static IReadOnlyList<string> LoopbackIpv4 { get; } = [FirstLoopbackVip, LastLoopbackVip];

    public static IReadOnlyList<string> LoopbackIpv6 { get; } = ["2001:db8::10", "2001:db8::11"];

    /// <summary>The sysctls the document sets, derived ones included, with the values it sets.</summary>
    public static IReadOnlyDictionary<string, string> Sysctls { get; } = new Dictionary<string, string>
    {
        ["net.ipv4.conf.all.arp_ignore"] = "1",
        ["net.ipv4.conf.all.arp_announce"] = "2",
        ["net.ipv4.conf.lo.arp_ignore"] = "1",
        ["net.ipv4.conf.lo.arp_announce"] = "2",
        [$"net.ipv4.conf.{Nic}.arp_ignore"] = "1",
        [$"net.ipv4.conf.{Nic}.arp_announce"] = "2",
        ["net.ipv4.ip_forward"] = "1",
        ["net.ipv4.conf.all.rp_filter"] = "2",
    };

    /// <summary>The YAML for <paramref name="style"/>, without the entries named in <paramref name="without"/> (addresses or sysctl names).</summary>
    public static string Yaml(PersistenceStyle style, params IReadOnlyList<string> without)
    {
        bool Kept(string entry) => !without.Contains(entry);
        var yaml = new StringBuilder();
        yaml.Append($"""
            version: 1
            name: reboot-{style.Addresses}
            description: Boot persistence lab ({style.Name}).
            loopback_vips:

            """);
        foreach (var vip in LoopbackIpv4.Concat(style.Ipv6 ? LoopbackIpv6 : []).Where(Kept))
        {
            yaml.Append($"  - {vip}\n");
        }

        if (Kept(HaVipAddress))
        {
            // The announcement is the HA lab's subject; here it would only slow every apply down.
            yaml.Append($"""
                interface_vips:
                  - address: {HaVip}
                    interface: {Nic}
                    label: {HaLabel}
                    announce: false

                """);
        }

        yaml.Append($"""
            arp:
              ignore: 1
              announce: 2
              interfaces: [all, lo, {Nic}]
            sysctls:

            """);
        foreach (var name in new[] { "net.ipv4.ip_forward", "net.ipv4.conf.all.rp_filter" }.Where(Kept))
        {
            yaml.Append($"  {name}: {Sysctls[name]}\n");
        }

        yaml.Append($"""
            linux:
              persistence:
                addresses: {style.Addresses}
                sysctls: {style.Sysctls}

            """);
        return yaml.ToString();
    }
}
