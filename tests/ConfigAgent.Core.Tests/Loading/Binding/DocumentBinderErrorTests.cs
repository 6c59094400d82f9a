using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Loading.Binding;

/// <summary>Every rule of the binder, with the exact message a reviewer reads.</summary>
public sealed class DocumentBinderErrorTests
{
    private static void AssertProblems(string yaml, params string[] expected) =>
        Assert.Equal(expected, DocumentText.Problems(yaml));

    [Fact]
    public void Unknown_keys_suggest_the_closest_known_one() =>
        AssertProblems(
            "version: 1\nloopback_vip:\n  - 192.0.2.1\narp: {ingore: 1}\n",
            "test.yaml:2:1: error: unknown key 'loopback_vip' in the document; did you mean 'loopback_vips'?",
            "test.yaml:4:7: error: unknown key 'ingore' in arp; did you mean 'ignore'?");

    [Fact]
    public void An_unknown_key_far_from_any_known_one_gets_no_suggestion() =>
        AssertProblems("version: 1\nfirewall: {}\n", "test.yaml:2:1: error: unknown key 'firewall' in the document");

    [Fact]
    public void The_version_is_required() =>
        AssertProblems("name: x\n", "test.yaml:1:1: error: missing key 'version' (this is version 1 of the format: write 'version: 1')");

    [Fact]
    public void Other_versions_are_refused() =>
        AssertProblems("version: 2\n", "test.yaml:1:10: error: version 2 is not supported by this ConfigAgent (it reads version 1)");

    [Fact]
    public void A_document_must_be_a_mapping() =>
        AssertProblems("- 192.0.2.1\n", "test.yaml:1:1: error: the document: expected a mapping (key: value), found a sequence");

    [Fact]
    public void Wrong_types_say_what_was_expected_and_found() =>
        AssertProblems(
            "version: 1\nname: [a]\nloopback_vips: 192.0.2.1\ninterface_vips: [{address: 192.0.2.2/24, interface: eth0, announce: \"3\"}]\narp: {ignore: one}\n",
            "test.yaml:2:7: error: name: expected a string, found a sequence",
            "test.yaml:3:16: error: loopback_vips: expected a sequence (a list of '- ' items), found '192.0.2.1'",
            "test.yaml:4:69: error: announce: expected true, false or a count (0 to 50), found the string \"3\"",
            "test.yaml:5:15: error: arp.ignore: expected an integer, found 'one'");

    [Fact]
    public void Yaml_1_1_booleans_are_refused_with_a_hint() =>
        AssertProblems(
            "version: 1\nwindows: {create_loopback: yes}\n",
            "test.yaml:2:28: error: windows.create_loopback: 'yes' is a boolean only in YAML 1.1: write true or false");

    [Theory]
    [InlineData("192.0.2", "'192.0.2' is not an IP address")]
    [InlineData("10.1", "'10.1' is not an IP address")]
    [InlineData("192.0.2.300", "'192.0.2.300' is not an IP address")]
    [InlineData("2001:db8::zz", "'2001:db8::zz' is not an IP address")]
    [InlineData("fe80::1%eth0", "'fe80::1%eth0' has a zone id (%...): give the interface separately")]
    [InlineData("::ffff:192.0.2.1", "'::ffff:192.0.2.1' is an IPv4-mapped IPv6 address: write the IPv4 address itself")]
    [InlineData("192.0.2.1/33", "'192.0.2.1/33' has an invalid prefix length (0 to 32)")]
    [InlineData("192.0.2.1/", "'192.0.2.1/' has an invalid prefix length (0 to 32)")]
    [InlineData("192.168.010.10", "'192.168.010.10' has an IPv4 part with a leading zero, which some tools read as octal: write the parts without leading zeros")]
    [InlineData("::ffff:1.2.3.010", "'::ffff:1.2.3.010' has an IPv4 part with a leading zero, which some tools read as octal: write the parts without leading zeros")]
    public void Addresses_that_do_not_parse_are_refused(string address, string message) =>
        AssertProblems($"version: 1\nloopback_vips: [\"{address}\"]\n", $"test.yaml:2:17: error: {message}");

    [Theory]
    [InlineData("192.0.2.10/24", "a loopback (DSR) VIP must be a host address (/32): 192.0.2.10/24 would route the whole 192.0.2.0/24 to the loopback")]
    [InlineData("2001:db8::10/64", "a loopback (DSR) VIP must be a host address (/128): 2001:db8::10/64 would route the whole 2001:db8::/64 to the loopback")]
    public void A_loopback_vip_must_be_a_host_address(string address, string message) =>
        AssertProblems($"version: 1\nloopback_vips: [{address}]\n", $"test.yaml:2:17: error: {message}");

    [Theory]
    [InlineData("192.0.2.0/24", "192.0.2.0/24 is the network address of 192.0.2.0/24: an interface VIP needs a host address")]
    [InlineData("192.0.2.255/24", "192.0.2.255/24 is the broadcast address of 192.0.2.0/24: an interface VIP needs a host address")]
    [InlineData("2001:db8::/64", "2001:db8::/64 is the network address of 2001:db8::/64: an interface VIP needs a host address")]
    public void An_interface_vip_needs_host_bits(string address, string message) =>
        AssertProblems($"version: 1\ninterface_vips: [{{address: {address}, interface: eth0}}]\n", $"test.yaml:2:28: error: {message}");

    [Fact]
    public void A_slash_31_has_no_network_or_broadcast_address() =>
        AssertProblems("version: 1\ninterface_vips: [{address: 192.0.2.0/31, interface: eth0}]\n");

    [Theory]
    [InlineData("eth0:1", "interface name 'eth0:1' contains ':', which the kernel refuses (no '/', ':' or whitespace)")]
    [InlineData("a-very-long-name0", "interface name 'a-very-long-name0' is longer than 15 bytes (IFNAMSIZ)")]
    [InlineData("\"eth 0\"", "interface name 'eth 0' contains a space, which the kernel refuses (no '/', ':' or whitespace)")]
    [InlineData("eth/0", "interface name 'eth/0' contains '/', which the kernel refuses (no '/', ':' or whitespace)")]
    [InlineData("..", "'..' is not a valid interface name")]
    public void Interface_names_the_kernel_would_refuse_are_refused(string name, string message) =>
        AssertProblems($"version: 1\ninterface_vips:\n  - address: 192.0.2.5/24\n    interface: {name}\n", $"test.yaml:4:16: error: {message}");

    [Fact]
    public void An_interface_vip_needs_an_address_and_an_interface() =>
        AssertProblems(
            "version: 1\ninterface_vips: [{label: eth0:1}]\n",
            "test.yaml:2:18: error: missing key 'address' in an interface VIP",
            "test.yaml:2:18: error: missing key 'interface' in an interface VIP (the NIC that holds it, such as eth0)");

    [Fact]
    public void Labels_must_start_with_their_interface_and_fit_in_15_characters() =>
        AssertProblems(
            "version: 1\ninterface_vips:\n  - {address: 192.0.2.5/24, interface: eth0, label: eth1:0}\n  - {address: 192.0.2.6/24, interface: eth0, label: eth0:abcdefghijk}\nloopback_vips:\n  - {address: 192.0.2.7, label: \"lo:\"}\n",
            "test.yaml:3:53: error: label 'eth1:0' must be 'eth0' or start with 'eth0:' (the kernel requires the interface name as its prefix)",
            "test.yaml:4:53: error: label 'eth0:abcdefghijk' is longer than 15 characters",
            "test.yaml:6:33: error: label 'lo:' needs a suffix of letters, digits, '_' or '-' after the ':'");

    [Fact]
    public void Labels_are_ipv4_only() =>
        AssertProblems(
            "version: 1\nloopback_vips: [{address: 2001:db8::1, label: lo:6}]\n",
            "test.yaml:2:17: error: 2001:db8::1/128 is IPv6: address labels exist for IPv4 only");

    [Fact]
    public void Ensure_takes_present_or_absent() =>
        AssertProblems(
            "version: 1\nloopback_vips: [{address: 192.0.2.1, ensure: absnet}]\n",
            "test.yaml:2:46: error: ensure: unknown value 'absnet' (expected one of: present, absent); did you mean 'absent'?");

    [Theory]
    [InlineData("net.ipv4.conf.all.arp_ignore: 4", "test.yaml:3:33: error: net.ipv4.conf.all.arp_ignore = 4 is out of range (0, 1, 2, 3 or 8)")]
    [InlineData("net.ipv4.conf.eth0.100.arp_ignore: 1", "test.yaml:3:3: error: sysctl name 'net.ipv4.conf.eth0.100.arp_ignore' has too many segments: an interface name with dots is written with '/' (net.ipv4.conf.eth0/100.arp_ignore)")]
    [InlineData("net.ipv4.conf.lo.arp_announce: 3", "test.yaml:3:34: error: net.ipv4.conf.lo.arp_announce = 3 is out of range (0 to 2)")]
    [InlineData("net.ipv4.ip_forward: yes", "test.yaml:3:24: error: net.ipv4.ip_forward takes integers, found 'yes'")]
    [InlineData("net.ipv4.ip_local_port_range: 1024", "test.yaml:3:33: error: net.ipv4.ip_local_port_range takes 2 integers separated by spaces, found '1024'")]
    [InlineData("net.ipv4.ip_local_port_range: 60000 1024", "test.yaml:3:33: error: net.ipv4.ip_local_port_range: the fields of '60000 1024' must not decrease")]
    [InlineData("net.ipv4.ip_forward: \"1; reboot\"", "test.yaml:3:24: error: sysctl net.ipv4.ip_forward: sysctl value '1; reboot' contains a character ConfigAgent will not write into files (letters, digits and _ . : , / + - = @ % only)")]
    [InlineData("net.ipv4.ip_forward: \"$(reboot)\"", "test.yaml:3:24: error: sysctl net.ipv4.ip_forward: sysctl value '$(reboot)' contains a character ConfigAgent will not write into files (letters, digits and _ . : , / + - = @ % only)")]
    [InlineData("net.ipv4.ip_forward: \"1\\n2\"", "test.yaml:3:24: error: sysctl net.ipv4.ip_forward: sysctl value '1\n2' contains a character ConfigAgent will not write into files (letters, digits and _ . : , / + - = @ % only)")]
    [InlineData("net.ipv4.ip_forward: \"\"", "test.yaml:3:24: error: sysctl net.ipv4.ip_forward: a sysctl value cannot be empty")]
    [InlineData("net.ipv4.ip_forward: [1]", "test.yaml:3:24: error: sysctl net.ipv4.ip_forward: expected a value, found a sequence")]
    [InlineData("net.ipv4..ip_forward: 1", "test.yaml:3:3: error: 'net.ipv4..ip_forward' is not a sysctl name (dotted segments such as net.ipv4.ip_forward)")]
    [InlineData("net/ipv4/ip_forward: 1", "test.yaml:3:3: error: sysctl name 'net/ipv4/ip_forward' uses '/' as separator: write it with dots (net.ipv4.ip_forward)")]
    [InlineData("proc.sys.x: 1", "test.yaml:3:3: error: sysctl name 'proc.sys.x' does not start with a known tree (net, kernel, vm, fs, dev, abi, user, sunrpc, crypto, debug)")]
    [InlineData("net.ipv4.conf.eth0:1.rp_filter: 1", "test.yaml:3:3: error: sysctl name 'net.ipv4.conf.eth0:1.rp_filter': interface name 'eth0:1' contains ':', which the kernel refuses (no '/', ':' or whitespace)")]
    [InlineData("net.ipv4.ip*forward: 1", "test.yaml:3:3: error: sysctl name 'net.ipv4.ip*forward' has an invalid segment 'ip*forward' (letters, digits, '_' and '-' only)")]
    [InlineData("net.ipv4.ip_forward: {value: 1, ensure: absent}", "test.yaml:3:32: error: sysctl net.ipv4.ip_forward is 'ensure: absent': it takes no value (its value from before ConfigAgent is restored)")]
    public void Sysctl_names_and_values_are_checked(string entry, string message) =>
        AssertProblems($"version: 1\nsysctls:\n  {entry}\n", message);

    [Fact]
    public void A_sysctl_outside_the_catalogue_is_accepted_with_a_warning() =>
        AssertProblems(
            "version: 1\nsysctls:\n  net.core.netdev_max_backlog: 5000\n",
            "test.yaml:3:3: warning: sysctl net.core.netdev_max_backlog is not in ConfigAgent's catalogue: its value is not range-checked");

    [Theory]
    [InlineData("ignore: 9", "test.yaml:2:15: error: arp.ignore must be 0, 1, 2, 3 or 8 (the kernel's arp_ignore levels), found 9")]
    [InlineData("ignore: 5", "test.yaml:2:15: error: arp.ignore must be 0, 1, 2, 3 or 8 (the kernel's arp_ignore levels), found 5")]
    [InlineData("announce: 7", "test.yaml:2:17: error: arp.announce must be 0 to 2 (the kernel's arp_announce levels), found 7")]
    [InlineData("interfaces: []", "test.yaml:2:19: error: arp.interfaces is empty: list 'all' (the kernel applies max(all, interface)) and the interfaces to set")]
    [InlineData("interfaces: [all, all]", "test.yaml:2:25: error: interface 'all' is listed twice in arp.interfaces")]
    public void The_arp_policy_is_checked(string entry, string message) =>
        AssertProblems($"version: 1\narp: {{{entry}}}\n", message);

    [Theory]
    [InlineData("hosts: [\"web 1\"]", "test.yaml:2:9: error: hostname pattern 'web 1' may hold letters, digits, '.', '-', '_' and the wildcards '*' and '?' only")]
    [InlineData("hosts: {networks: [192.0.2.1/24]}", "test.yaml:2:20: error: network 192.0.2.1/24 has host bits set: did you mean 192.0.2.0/24?")]
    [InlineData("hosts: {labels: {\"-x\": y}}", "test.yaml:2:18: error: label '-x' must be 1 to 63 letters, digits, '.', '_', '-' or '/', starting with a letter or digit")]
    [InlineData("aix: {persistence: {link: dsr_start}}", "test.yaml:2:27: error: aix.persistence.link must be S, a two-digit run order and a name (such as S09dsr_start), found 'dsr_start'")]
    [InlineData("aix: {persistence: {script: ../dsr.sh}}", "test.yaml:2:29: error: aix.persistence.script must be the absolute path of a file (letters, digits, '/', '.', '_' and '-', without '..'), found '../dsr.sh'")]
    [InlineData("aix: {persistence: {script: /etc/}}", "test.yaml:2:29: error: aix.persistence.script must be the absolute path of a file (letters, digits, '/', '.', '_' and '-', without '..'), found '/etc/'")]
    [InlineData("linux: {persistence: {addresses: ifcfg}}", "test.yaml:2:34: error: linux.persistence.addresses: unknown value 'ifcfg' (expected one of: auto, network-scripts, networkmanager, systemd, none)")]
    [InlineData("windows: {loopback_adapter: \"a\\\"b\"}", "test.yaml:2:29: error: windows.loopback_adapter: 'a\"b' is not a usable Windows connection name (1 to 256 characters, no '\"', no leading or trailing space)")]
    [InlineData("windows: {metric: 0}", "test.yaml:2:19: error: windows.metric must be between 1 and 9999, found 0")]
    public void Selectors_and_platform_sections_are_checked(string entry, string message) =>
        AssertProblems($"version: 1\n{entry}\n", message);

    [Fact]
    public void Every_problem_of_a_file_is_reported_at_once()
    {
        var problems = DocumentText.Problems("""
            version: 1
            loopback_vips: [192.0.2.1/24, not-an-ip]
            interface_vips: [{address: 192.0.2.5/24, interface: "eth 0"}]
            sysctls: {net.ipv4.ip_forward: 9}
            ---
            version: 1
            arp: {ignore: 0, announce: 0, interfaces: [lo]}
            loopback_vips: [198.51.100.1]
            """);

        Assert.Equal(5, problems.Count);
        Assert.All(problems, p => Assert.Matches(@"^test\.yaml:\d+:\d+: error: ", p));
    }
}
