using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Schema;

/// <summary>The tables of small documents that the schema and the loader must judge alike.</summary>
internal static class SchemaCases
{
    public static IReadOnlyList<SchemaCase> Invalid { get; } =
    [
        new("unknown key", "version: 1\nloopbak_vips: [192.0.2.10]\n", "unknown key 'loopbak_vips' in the document", ""),
        new("unknown key in a VIP", "version: 1\ninterface_vips:\n  - {address: 192.0.2.10/24, interface: eth0, annonce: true}\n", "unknown key 'annonce' in an interface VIP", "/interface_vips/0"),
        new("a document that is a list", "- version: 1\n", "the document: expected a mapping", ""),
        new("missing version", "name: web\nloopback_vips: [192.0.2.10]\n", "missing key 'version'", ""),
        new("version 2", "version: 2\n", "version 2 is not supported", "/version"),
        new("version as a string", "version: \"1\"\n", "version: expected an integer, found the string \"1\"", "/version"),
        new("list where a list is expected is a string", "version: 1\nloopback_vips: 192.0.2.10\n", "loopback_vips: expected a sequence", "/loopback_vips"),
        new("mapping expected", "version: 1\narp: [all]\n", "arp: expected a mapping", "/arp"),
        new("name is null", "version: 1\nname:\n", "name: expected a string, found nothing (null)", "/name"),
        new("name is a list", "version: 1\nname: [a, b]\n", "name: expected a string, found a sequence", "/name"),
        new("description with a carriage return", "version: 1\ndescription: \"two\\rlines\"\n", "description contains a control character", "/description"),
        new("address out of range", "version: 1\nloopback_vips: [192.0.2.256]\n", "'192.0.2.256' is not an IP address", "/loopback_vips/0"),
        new("classful address shorthand", "version: 1\nloopback_vips: [\"10.1\"]\n", "'10.1' is not an IP address", "/loopback_vips/0"),
        new("IPv4 part with a leading zero", "version: 1\nloopback_vips: [192.168.010.10]\n", "'192.168.010.10' has an IPv4 part with a leading zero", "/loopback_vips/0"),
        new("leading zero in the IPv4 part of an IPv6 address", "version: 1\ninterface_vips: [{address: \"2001:db8::192.0.2.010/64\", interface: eth0}]\n", "has an IPv4 part with a leading zero", "/interface_vips/0/address"),
        new("leading zero in an IPv4-mapped address", "version: 1\nloopback_vips: [\"::ffff:1.2.3.010\"]\n", "has an IPv4 part with a leading zero", "/loopback_vips/0"),
        new("network with a leading zero", "version: 1\nhosts: {networks: [10.010.0.0/16]}\n", "has an IPv4 part with a leading zero", "/hosts/networks/0"),
        new("address with a zone id", "version: 1\nloopback_vips: [\"fe80::1%eth0\"]\n", "has a zone id", "/loopback_vips/0"),
        new("IPv4-mapped IPv6 address", "version: 1\nloopback_vips: [\"::ffff:192.0.2.10\"]\n", "is an IPv4-mapped IPv6 address", "/loopback_vips/0"),
        new("IPv6 address with two ::", "version: 1\nloopback_vips: [\"2001:db8::1::2\"]\n", "is not an IP address", "/loopback_vips/0"),
        new("prefix too long", "version: 1\ninterface_vips: [{address: 192.0.2.10/33, interface: eth0}]\n", "has an invalid prefix length (0 to 32)", "/interface_vips/0/address"),
        new("loopback VIP with /24", "version: 1\nloopback_vips: [192.0.2.10/24]\n", "a loopback (DSR) VIP must be a host address (/32)", "/loopback_vips/0"),
        new("loopback IPv6 VIP with /64", "version: 1\nloopback_vips:\n  - address: 2001:db8::10/64\n", "a loopback (DSR) VIP must be a host address (/128)", "/loopback_vips/0/address"),
        new("loopback VIP without an address", "version: 1\nloopback_vips:\n  - label: lo:1\n", "missing key 'address' in a loopback VIP", "/loopback_vips/0"),
        new("interface name with a colon", "version: 1\ninterface_vips: [{address: 192.0.2.10/24, interface: \"eth0:1\"}]\n", "contains ':', which the kernel refuses", "/interface_vips/0/interface"),
        new("interface name longer than 15 bytes", "version: 1\ninterface_vips: [{address: 192.0.2.10/24, interface: a-very-long-name0}]\n", "is longer than 15 bytes", "/interface_vips/0/interface"),
        new("interface name with a space", "version: 1\narp: {interfaces: [all, \"eth 0\"]}\n", "contains a space", "/arp/interfaces/1"),
        new("interface name with shell syntax", "version: 1\ninterface_vips: [{address: 192.0.2.10/24, interface: \"$(reboot)\"}]\n", "ConfigAgent accepts letters, digits, '.', '_' and '-' in interface names", "/interface_vips/0/interface"),
        new("interface name beyond ASCII", "version: 1\ninterface_vips: [{address: 192.0.2.10/24, interface: ééé}]\n", "ConfigAgent accepts letters, digits, '.', '_' and '-' in interface names", "/interface_vips/0/interface"),
        new("interface VIP without an interface", "version: 1\ninterface_vips: [{address: 192.0.2.10/24}]\n", "missing key 'interface' in an interface VIP", "/interface_vips/0"),
        new("label on an IPv6 loopback VIP", "version: 1\nloopback_vips:\n  - {address: \"2001:db8::10\", label: \"lo:6\"}\n", "is IPv6: address labels exist for IPv4 only", "/loopback_vips/0"),
        new("label on an IPv6 interface VIP", "version: 1\ninterface_vips:\n  - {address: \"2001:db8::10/64\", interface: eth0, label: \"eth0:6\"}\n", "is IPv6: address labels exist for IPv4 only", "/interface_vips/0/label"),
        new("loopback label of another interface", "version: 1\nloopback_vips:\n  - {address: 192.0.2.10, label: \"eth0:1\"}\n", "must be 'lo' or start with 'lo:'", "/loopback_vips/0"),
        new("label suffix with a dot", "version: 1\ninterface_vips:\n  - {address: 192.0.2.10/24, interface: eth0, label: \"eth0:v.1\"}\n", "needs a suffix of letters, digits", "/interface_vips/0/label"),
        new("bad ensure value", "version: 1\nloopback_vips:\n  - {address: 192.0.2.10, ensure: gone}\n", "ensure: unknown value 'gone'", "/loopback_vips/0"),
        new("announce out of range", "version: 1\ninterface_vips: [{address: 192.0.2.10/24, interface: eth0, announce: 51}]\n", "announce must be between 0 and 50", "/interface_vips/0/announce"),
        new("announce as a word", "version: 1\ninterface_vips: [{address: 192.0.2.10/24, interface: eth0, announce: always}]\n", "announce: expected true, false or a count", "/interface_vips/0/announce"),
        new("arp.ignore 5 is reserved", "version: 1\narp: {ignore: 5}\n", "arp.ignore must be 0, 1, 2, 3 or 8 (the kernel's arp_ignore levels), found 5", "/arp/ignore"),
        new("arp.ignore 9", "version: 1\narp: {ignore: 9}\n", "arp.ignore must be 0, 1, 2, 3 or 8 (the kernel's arp_ignore levels), found 9", "/arp/ignore"),
        new("arp.announce 3", "version: 1\narp: {announce: 3}\n", "arp.announce must be 0 to 2 (the kernel's arp_announce levels), found 3", "/arp/announce"),
        new("arp.interfaces empty", "version: 1\narp: {interfaces: []}\n", "arp.interfaces is empty", "/arp/interfaces"),
        new("arp.interfaces twice the same", "version: 1\narp: {interfaces: [all, lo, all]}\n", "interface 'all' is listed twice", "/arp/interfaces"),
        new("sysctl name outside the known trees", "version: 1\nsysctls: {nett.ipv4.ip_forward: 1}\n", "does not start with a known tree", "/sysctls"),
        new("sysctl name with slashes", "version: 1\nsysctls: {net/ipv4/ip_forward: 1}\n", "uses '/' as separator", "/sysctls"),
        new("sysctl name with an empty segment", "version: 1\nsysctls: {net.ipv4..ip_forward: 1}\n", "is not a sysctl name", "/sysctls"),
        new("sysctl name with six segments", "version: 1\nsysctls: {net.ipv4.conf.eth0.100.arp_ignore: 1}\n", "has too many segments: an interface name with dots is written with '/' (net.ipv4.conf.eth0/100.arp_ignore)", "/sysctls"),
        new("sysctl interface segment with a colon", "version: 1\nsysctls: {\"net.ipv4.conf.eth0:1.rp_filter\": 1}\n", "contains ':'", "/sysctls"),
        new("sysctl value with a newline", "version: 1\nsysctls:\n  kernel.panic: \"10\\n\"\n", "contains a character ConfigAgent will not write into files", "/sysctls/kernel.panic"),
        new("sysctl value with $(", "version: 1\nsysctls:\n  kernel.hostname: \"$(reboot)\"\n", "contains a character ConfigAgent will not write into files", "/sysctls/kernel.hostname"),
        new("sysctl value that is empty", "version: 1\nsysctls:\n  kernel.hostname: \"  \"\n", "a sysctl value cannot be empty", "/sysctls/kernel.hostname"),
        new("sysctl value that is null", "version: 1\nsysctls:\n  kernel.panic:\n", "expected a value, found nothing (null)", "/sysctls/kernel.panic"),
        new("catalogued sysctl out of range", "version: 1\nsysctls:\n  net.ipv4.conf.all.rp_filter: 3\n", "rp_filter = 3 is out of range (0 to 2)", "/sysctls/net.ipv4.conf.all.rp_filter"),
        new("catalogued arp_ignore 5 is reserved", "version: 1\nsysctls:\n  net.ipv4.conf.eth0.arp_ignore: 5\n", "net.ipv4.conf.eth0.arp_ignore = 5 is out of range (0, 1, 2, 3 or 8)", "/sysctls/net.ipv4.conf.eth0.arp_ignore"),
        new("catalogued sysctl with one field too many", "version: 1\nsysctls:\n  net.ipv4.ip_forward: \"1 1\"\n", "takes one integer", "/sysctls/net.ipv4.ip_forward"),
        new("port range with one field", "version: 1\nsysctls:\n  net.ipv4.ip_local_port_range: 1024\n", "takes 2 integers", "/sysctls/net.ipv4.ip_local_port_range"),
        new("sysctl long form without a value", "version: 1\nsysctls:\n  kernel.panic: {ensure: present}\n", "missing key 'value'", "/sysctls/kernel.panic"),
        new("sysctl ensure absent with a value", "version: 1\nsysctls:\n  kernel.panic: {value: 10, ensure: absent}\n", "it takes no value", "/sysctls/kernel.panic"),
        new("sysctl long form with an unknown key", "version: 1\nsysctls:\n  kernel.panic: {value: 10, persist: true}\n", "unknown key 'persist'", "/sysctls/kernel.panic"),
        new("hostname pattern with a space", "version: 1\nhosts: [\"web 01\"]\n", "may hold letters, digits", "/hosts/0"),
        new("hostname pattern that is only an exclusion mark", "version: 1\nhosts:\n  names: [\"!\"]\n", "must be 1 to 253 characters long", "/hosts/names/0"),
        new("label key starting with a dash", "version: 1\nhosts:\n  labels: {-role: web}\n", "label '-role' must be 1 to 63", "/hosts/labels"),
        new("label value that is a list", "version: 1\nhosts:\n  labels: {role: [web]}\n", "expected a string, found a sequence", "/hosts/labels/role"),
        new("network that is not an address", "version: 1\nhosts:\n  networks: [fra1]\n", "'fra1' is not an IP address", "/hosts/networks/0"),
        new("hosts as a string", "version: 1\nhosts: web-*\n", "hosts: expected a mapping", "/hosts"),
        new("bad linux persistence", "version: 1\nlinux: {persistence: {addresses: ifcfg}}\n", "unknown value 'ifcfg'", "/linux/persistence/addresses"),
        new("bad sysctl persistence", "version: 1\nlinux: {persistence: {sysctls: sysctl.d/99-vip.conf}}\n", "unknown value 'sysctl.d/99-vip.conf'", "/linux/persistence/sysctls"),
        new("bad aix style", "version: 1\naix: {persistence: {style: inittab}}\n", "unknown value 'inittab'", "/aix/persistence/style"),
        new("aix link without a two-digit order", "version: 1\naix: {persistence: {link: S9dsr_start}}\n", "must be S, a two-digit run order and a name", "/aix/persistence/link"),
        new("aix link in lower case", "version: 1\naix: {persistence: {link: s09dsr_start}}\n", "must be S, a two-digit run order and a name", "/aix/persistence/link"),
        new("relative aix script", "version: 1\naix: {persistence: {script: dsr.sh}}\n", "must be the absolute path of a file", "/aix/persistence/script"),
        new("aix script with ..", "version: 1\naix: {persistence: {script: /home/../etc/dsr.sh}}\n", "must be the absolute path of a file", "/aix/persistence/script"),
        new("aix script that names a directory", "version: 1\naix: {persistence: {script: /etc/rc.d/}}\n", "must be the absolute path of a file", "/aix/persistence/script"),
        new("aix script that is the root directory", "version: 1\naix: {persistence: {script: /}}\n", "must be the absolute path of a file", "/aix/persistence/script"),
        new("windows adapter name with a quote", "version: 1\nwindows: {loopback_adapter: 'Loop\"back'}\n", "is not a usable Windows connection name", "/windows/loopback_adapter"),
        new("windows NIC with a trailing space", "version: 1\nwindows: {nics: [\"Ethernet0 \"]}\n", "is not a usable Windows connection name", "/windows/nics/0"),
        new("windows metric 0", "version: 1\nwindows: {metric: 0}\n", "windows.metric must be between 1 and 9999", "/windows/metric"),
        new("windows metric 10000", "version: 1\nwindows: {metric: 10000}\n", "windows.metric must be between 1 and 9999", "/windows/metric"),
        new("YAML 1.1 boolean", "version: 1\nwindows: {create_loopback: yes}\n", "is a boolean only in YAML 1.1", "/windows/create_loopback"),
        new("quoted boolean", "version: 1\nwindows: {create_loopback: \"true\"}\n", "expected true or false, found the string \"true\"", "/windows/create_loopback"),
        new("failover router id 0", "version: 1\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    failover: {router_id: 0, members: [{host: ha-a, address: 172.26.7.11}, {host: ha-b, address: 172.26.7.12}]}\n", "failover.router_id must be between 1 and 255", "/interface_vips/0/failover/router_id"),
        new("failover router id 256", "version: 1\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    failover: {router_id: 256, members: [{host: ha-a, address: 172.26.7.11}, {host: ha-b, address: 172.26.7.12}]}\n", "failover.router_id must be between 1 and 255", "/interface_vips/0/failover/router_id"),
        new("failover with one member", "version: 1\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}]}\n", "a group has 2 to 10", "/interface_vips/0/failover/members"),
        new("failover member with a prefix", "version: 1\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}, {host: ha-b, address: 172.26.7.12/24}]}\n", "is written without a prefix", "/interface_vips/0/failover/members/1/address"),
        new("failover member hostname pattern", "version: 1\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}, {host: \"ha-*\", address: 172.26.7.12}]}\n", "the host of a failover member is a hostname", "/interface_vips/0/failover/members/1/host"),
        new("failover without members", "version: 1\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    failover: {router_id: 51}\n", "missing key 'members' in failover", "/interface_vips/0/failover"),
        new("failover tracked interface with a space", "version: 1\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}, {host: ha-b, address: 172.26.7.12}], track_interfaces: [\"eth 1\"]}\n", "contains a space", "/interface_vips/0/failover/track_interfaces/0"),
        new("failover garp count 0", "version: 1\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}, {host: ha-b, address: 172.26.7.12}], garp: {count: 0}}\n", "failover.garp.count must be between 1 and 100", "/interface_vips/0/failover/garp/count"),
        new("failover peering broadcast", "version: 1\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}, {host: ha-b, address: 172.26.7.12}], peering: broadcast}\n", "failover.peering: unknown value 'broadcast'", "/interface_vips/0/failover/peering"),
        new("failover use_vmac", "version: 1\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}, {host: ha-b, address: 172.26.7.12}], use_vmac: true}\n", "use_vmac is not supported", "/interface_vips/0/failover/use_vmac"),
        new("failover VIP with announce", "version: 1\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    announce: 3\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}, {host: ha-b, address: 172.26.7.12}]}\n", "announce does not apply to a failover VIP", "/interface_vips/0/announce"),
        new("failover VIP declared absent", "version: 1\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    ensure: absent\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}, {host: ha-b, address: 172.26.7.12}]}\n", "ensure: absent does not apply to a failover VIP", "/interface_vips/0/ensure"),
        new("failover IPv6 VIP", "version: 1\ninterface_vips:\n  - address: 2001:db8::100/64\n    interface: eth0\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}, {host: ha-b, address: 172.26.7.12}]}\n", "failover VIPs are IPv4", "/interface_vips/0/address"),
        new("keepalived take over as a word", "version: 1\nlinux: {keepalived: {take_over: yes}}\n", "is a boolean only in YAML 1.1", "/linux/keepalived/take_over"),
    ];

    public static IReadOnlyList<SchemaCase> Valid { get; } =
    [
        new("a failover group with every setting", """
            version: 1
            hosts: [ha-a, ha-b.example.net]
            interface_vips:
              - address: 172.26.7.100/24
                interface: eth0
                label: "eth0:vip"
                failover:
                  router_id: 51
                  members:
                    - {host: ha-a, address: 172.26.7.11}
                    - {host: HA-B.example.net, address: 172.26.7.12}
                  advert_interval: 2
                  preempt: true
                  track_interfaces: [eth1, bond0.100]
                  garp: {count: 3, repeat_after: 0, refresh: 0}
                  peering: multicast
              - address: 172.26.7.101/24
                interface: eth0
                failover:
                  router_id: 51
                  members:
                    - {host: ha-a, address: 172.26.7.11}
                    - {host: HA-B.example.net, address: 172.26.7.12}
                  advert_interval: 2
                  preempt: true
                  track_interfaces: [eth1, bond0.100]
                  garp: {count: 3, repeat_after: 0, refresh: 0}
                  peering: multicast
            linux: {keepalived: {take_over: true}}
            """),
        new("IPv6 forms", """
            version: 1
            loopback_vips:
              - 2001:db8::1
              - 2001:DB8:0:0:0:0:0:2
              - 2001:db8::3/128
              - "2001:db8::192.0.2.4"
              - address: 2001:db8:0:1::5
                ensure: absent
            interface_vips:
              - {address: 2001:db8:1::10/64, interface: eth1}
              - {address: "fe80::10/64", interface: eth1}
            hosts:
              networks: [2001:db8::/32, 192.0.2.0/24]
            """),
        new("IPv4 host prefixes and labels", """
            version: 1
            loopback_vips:
              - 192.0.2.10/32
              - {address: 192.0.2.11, label: lo}
              - {address: 192.0.2.12, label: "lo:web-1"}
            interface_vips:
              - {address: 198.51.100.10/24, interface: eth0.100, label: "eth0.100:1"}
              - {address: 198.51.100.11/31, interface: eth0, label: eth0}
            """),
        new("announce false", "version: 1\ninterface_vips: [{address: 192.0.2.10/24, interface: eth0, announce: false}]\n"),
        new("announce true", "version: 1\ninterface_vips: [{address: 192.0.2.10/24, interface: eth0, announce: true}]\n"),
        new("announce spelled like other booleans and integers", "version: 1\ninterface_vips:\n  - {address: 192.0.2.10/24, interface: eth0, announce: True}\n  - {address: 192.0.2.11/24, interface: eth0, announce: FALSE}\n  - {address: 192.0.2.12/24, interface: eth0, announce: +3}\n"),
        new("announce 5", "version: 1\ninterface_vips: [{address: 192.0.2.10/24, interface: eth0, announce: 5}]\n"),
        new("announce 0 and 50", "version: 1\ninterface_vips:\n  - {address: 192.0.2.10/24, interface: eth0, announce: 0}\n  - {address: 192.0.2.11/24, interface: eth0, announce: 50}\n"),
        new("sysctls long form", """
            version: 1
            sysctls:
              net.ipv4.ip_nonlocal_bind: {value: 1}
              net.ipv4.ip_forward: {ensure: absent}
              net.ipv4.ip_local_port_range: {value: "32768   60999", ensure: present}
              net.ipv4.conf.eth0/100.rp_filter: {value: "2"}
              net.core.somaxconn: 4096
              net.ipv6.conf.all.dad_transmits: 255
              kernel.panic: 10
              vm.swappiness: "1"
              kernel.core_pattern: "core.%e.%p"
            """),
        new("hosts mapping form", """
            version: 1
            hosts:
              names: [web-*, "!web-canary-*", db-0?]
              labels: {role: web, tier: 1, canary: false, topology.kubernetes.io/zone: fra1-a}
              networks: [192.0.2.0/24]
            loopback_vips: [192.0.2.10]
            """),
        new("empty selectors and sections", "version: 1\nhosts: {}\nloopback_vips: []\ninterface_vips: []\nsysctls: {}\nlinux: {}\naix: {}\nwindows: {}\n"),
        new("several documents in one file", """
            version: 1
            name: web
            hosts: [web-*]
            loopback_vips: [203.0.113.10]
            ---
            version: 1
            name: db
            hosts: [db-*]
            loopback_vips: [203.0.113.10]
            interface_vips: [{address: 198.51.100.5/24, interface: bond0}]
            """),
        new("an explicit ARP policy", "version: 1\narp: {ignore: 8, announce: 2, interfaces: [all, default, lo, eth0]}\nloopback_vips: [192.0.2.10]\n"),
        new("ARP defaults", "version: 1\narp: {}\n"),
        new("descriptions that span lines", """
            version: 1
            description: >-
              Real servers of the web pool,
              DSR VIP on the loopback.
            ---
            version: 1
            description: |
              Real servers of the db pool.
              DSR VIP on the loopback.
            ---
            version: 1
            description: "Columns:\tname\taddress\nrows follow"
            """),
        new("IPv4 parts with zeros that are not leading", """
            version: 1
            loopback_vips: [10.0.0.1, 100.200.0.250, "2001:db8::10.0.100.0"]
            hosts:
              networks: [10.0.0.0/8, 100.64.0.0/10]
            """),
        new("every platform option", """
            version: 1
            name: 42
            description: "Options: all of them."
            linux: {persistence: {addresses: networkmanager, sysctls: none}}
            aix: {persistence: {style: rc.net, script: /etc/rc.d/dsr-start.sh, link: S99z}}
            windows: {loopback_adapter: 이더넷 2, create_loopback: true, nics: [Ethernet0, "Ethernet 2"], metric: 9999}
            """),
    ];

    /// <summary>
    /// Documents only the loader refuses: rules between values or on an address's bits, which a
    /// JSON Schema cannot state, the validator's rules between entries and documents, and YAML
    /// spellings that JSON cannot tell apart (1.0 and 1, 0x1 and 1). Listed so that each gap is
    /// known, and so that the test fails when the binder or the schema closes one.
    /// </summary>
    public static IReadOnlyList<SchemaCase> LooserThanLoader { get; } =
    [
        new("network address of an interface VIP", "version: 1\ninterface_vips: [{address: 192.0.2.0/24, interface: eth0}]\n", "is the network address of 192.0.2.0/24"),
        new("broadcast address of an interface VIP", "version: 1\ninterface_vips: [{address: 192.0.2.255/24, interface: eth0}]\n", "is the broadcast address of 192.0.2.0/24"),
        new("network with host bits set", "version: 1\nhosts: {networks: [192.0.2.1/24]}\n", "has host bits set"),
        new("label of another interface than the VIP's", "version: 1\ninterface_vips: [{address: 192.0.2.10/24, interface: eth0, label: \"eth1:1\"}]\n", "must be 'eth0' or start with 'eth0:'"),
        new("port range that decreases", "version: 1\nsysctls: {net.ipv4.ip_local_port_range: \"2000 1000\"}\n", "must not decrease"),
        new("version written 1.0", "version: 1.0\n", "version: expected an integer, found '1.0'"),
        new("ARP level written in hex", "version: 1\narp: {ignore: 0x1}\n", "arp.ignore: expected an integer, found '0x1'"),
        new("catalogued sysctl written 1.0", "version: 1\nsysctls: {net.ipv4.ip_forward: 1.0}\n", "net.ipv4.ip_forward takes integers, found '1.0'"),
        new("announce written in hex", "version: 1\ninterface_vips: [{address: 192.0.2.10/24, interface: eth0, announce: 0x3}]\n", "announce: expected true, false or a count"),
        new("hostname pattern +1", "version: 1\nhosts: [+1]\n", "may hold letters, digits"),
        new("interface name of 16 digits", "version: 1\ninterface_vips: [{address: 192.0.2.10/24, interface: 1234567890123456}]\n", "is longer than 15 bytes"),
        new("the same VIP twice (validator)", "version: 1\nloopback_vips: [192.0.2.10, 192.0.2.10/32]\n", "is declared twice as a loopback VIP"),
        new("an ARP policy that lets DSR VIPs answer ARP (validator)", "version: 1\narp: {ignore: 0}\nloopback_vips: [192.0.2.10]\n", "arp.ignore 0 lets the real server answer ARP"),
        new("a sysctl that contradicts the ARP policy (validator)", "version: 1\nloopback_vips: [192.0.2.10]\nsysctls: {net.ipv4.conf.all.arp_ignore: 0}\n", "change ARP levels through 'arp'"),
        new("documents for the same hosts that disagree (validator)", "version: 1\nsysctls: {net.ipv4.ip_forward: 1}\n---\nversion: 1\nsysctls: {net.ipv4.ip_forward: 0}\n", "documents for the same host must agree"),
        new("failover member off the VIP's subnet", "version: 1\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}, {host: ha-b, address: 172.26.8.12}]}\n", "is not on 172.26.7.0/24"),
        new("failover member listed twice", "version: 1\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}, {host: HA-A, address: 172.26.7.12}]}\n", "is listed twice in failover.members"),
        new("failover member that is the VIP", "version: 1\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}, {host: ha-b, address: 172.26.7.100}]}\n", "is the VIP itself"),
        new("failover tracking its own interface", "version: 1\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}, {host: ha-b, address: 172.26.7.12}], track_interfaces: [eth0]}\n", "is the VIP's own interface"),
        new("two groups with one router id on one interface (validator)", "version: 1\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}, {host: ha-b, address: 172.26.7.12}]}\n  - address: 172.26.7.101/24\n    interface: eth0\n    failover: {router_id: 51, members: [{host: ha-b, address: 172.26.7.12}, {host: ha-a, address: 172.26.7.11}]}\n", "one router id is one VRRP group on a link"),
        new("a host the document names that is not a member (validator)", "version: 1\nhosts: [ha-a, ha-c]\ninterface_vips:\n  - address: 172.26.7.100/24\n    interface: eth0\n    failover: {router_id: 51, members: [{host: ha-a, address: 172.26.7.11}, {host: ha-b, address: 172.26.7.12}]}\n", "host ha-c is selected by document"),
    ];

    public static SchemaCase Find(IReadOnlyList<SchemaCase> table, string name) =>
        table.SingleOrDefault(c => c.Name == name) ?? throw new ArgumentException($"No schema case named '{name}'.", nameof(name));
}
