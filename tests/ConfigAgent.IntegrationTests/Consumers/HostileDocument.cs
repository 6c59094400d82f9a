using System.Text;

namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>
/// A desired state that stresses each artefact where its consumer is strict: two-digit alias
/// numbers and a named alias (ifcfg-lo:10, ifcfg-lo:web_1), more addresses than NetworkManager's
/// address1..9, a dotted NIC (the '/' of net.ipv4.conf.eth0/100.*, a '.' in a device unit) and a
/// dashed one (systemd escapes '-' as \x2d), IPv6 on the loopback and on a NIC. Documentation
/// ranges only. network-scripts cannot restore IPv6, so its variant holds none.
/// </summary>
internal static class HostileDocument
{
    /// <summary>Lines an administrator left in /etc/sysctl.conf: both comment styles, a tab, odd spacing, non-ASCII, and a setting of their own.</summary>
    public const string ForeignSysctlConf =
        "# /etc/sysctl.conf, kept by hand — ConfigAgent owns only its block\n" +
        "; sysctl.conf(5) allows ';' comments\n" +
        "\n" +
        "\tnet.ipv4.conf.default.rp_filter=1   \n";

    public static IReadOnlyList<string> Styles { get; } = ["networkmanager+sysctl.d", "systemd+sysctl.conf", "network-scripts+sysctl.conf"];

    public static string Yaml(string style)
    {
        var (addresses, sysctls) = (style.Split('+')[0], style.Split('+')[1]);
        var ipv6 = addresses != "network-scripts";
        var yaml = new StringBuilder($"""
            version: 1
            name: hostile-{addresses}
            description: "Consumer check ({style}): many VIPs, named aliases, dotted and dashed NICs."
            loopback_vips:

            """);
        foreach (var last in Enumerable.Range(1, 11))
        {
            yaml.Append($"  - 192.0.2.{last}\n");
        }

        // Only ifcfg files carry a loopback label across a boot: the other styles refuse one.
        yaml.Append(addresses == "network-scripts" ? """
              - address: 192.0.2.50
                label: lo:web_1

            """ : "  - 192.0.2.50\n");
        if (ipv6)
        {
            yaml.Append("  - 2001:db8::1\n  - 2001:db8::ff\n");
        }

        yaml.Append($"""
            interface_vips:
              - address: 198.51.100.10/24
                interface: {ConsumerHost.Dotted}
                label: {ConsumerHost.Dotted}:1
                announce: false
              - address: 203.0.113.10/24
                interface: {ConsumerHost.Dashed}
                announce: false

            """);
        if (ipv6)
        {
            yaml.Append($"""
                  - address: 2001:db8:1::10/64
                    interface: {ConsumerHost.Dashed}
                    announce: false

                """);
        }

        yaml.Append($"""
            arp:
              ignore: 1
              announce: 2
              interfaces: [all, lo, {ConsumerHost.Dotted}, {ConsumerHost.Dashed}]
            sysctls:
              net.ipv4.conf.eth0/100.rp_filter: 2
              net.ipv4.conf.{ConsumerHost.Dashed}.rp_filter: 1
              net.ipv4.ip_forward: 1
            linux:
              persistence:
                addresses: {addresses}
                sysctls: {sysctls}

            """);
        return yaml.ToString();
    }

    /// <summary>
    /// The AIX variant for examples/facts/aix.json: a dozen aliases on lo0, IPv6 ones (the inet6
    /// form of ifconfig) and an HA alias on en1, persisted by <paramref name="style"/> (rc2, rc.net).
    /// </summary>
    public static string AixYaml(string style)
    {
        var yaml = new StringBuilder($"""
            version: 1
            name: hostile-aix-{style}
            description: "Consumer check (AIX {style}): many aliases, IPv6, an HA alias."
            loopback_vips:

            """);
        foreach (var last in Enumerable.Range(1, 12))
        {
            yaml.Append($"  - 192.0.2.{last}\n");
        }

        yaml.Append($"""
              - 2001:db8::1
              - 2001:db8::ff
            interface_vips:
              - address: 198.51.100.10/24
                interface: en1
                announce: false
            aix:
              persistence:
                style: {style}

            """);
        if (style == "rc2")
        {
            yaml.Append("""
                    script: /home/dsr.sh
                    link: S09dsr_start

                """);
        }

        return yaml.ToString();
    }
}
