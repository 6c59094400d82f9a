using ConfigAgent.Composition;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Selection;
using ConfigAgent.Testing;
using ConfigAgent.Validation;

namespace ConfigAgent.Core.Tests.Validation;

/// <summary>Rules that relate entries to each other, within a document, across documents, and on a host's composed state.</summary>
public sealed class DesiredStateValidatorTests
{
    private static void AssertProblems(string yaml, params string[] expected) =>
        Assert.Equal(expected, DocumentText.Problems(yaml));

    [Fact]
    public void The_same_vip_twice_in_a_document_is_an_error() =>
        AssertProblems(
            "version: 1\nloopback_vips: [192.0.2.10, 192.0.2.11, 192.0.2.10]\n",
            "test.yaml:2:41: error: 192.0.2.10 is declared twice as a loopback VIP (first at line 2)");

    [Fact]
    public void Ipv6_written_in_another_form_is_the_same_vip() =>
        AssertProblems(
            "version: 1\nloopback_vips:\n  - 2001:db8::10\n  - 2001:0DB8:0:0:0:0:0:0010\n",
            "test.yaml:4:5: error: 2001:db8::10 is declared twice as a loopback VIP (first at line 3)");

    [Fact]
    public void A_vip_on_the_loopback_and_on_a_nic_is_an_error() =>
        AssertProblems(
            "version: 1\nloopback_vips: [192.0.2.10]\ninterface_vips: [{address: 192.0.2.10/24, interface: eth0}]\n",
            "test.yaml:3:18: error: 192.0.2.10 is an interface VIP on eth0 here and a loopback VIP at line 2: a host holds a VIP on the loopback (DSR) or on a NIC (HA), not both");

    [Fact]
    public void A_vip_on_two_nics_is_an_error() =>
        AssertProblems(
            "version: 1\ninterface_vips:\n  - {address: 192.0.2.10/24, interface: eth0}\n  - {address: 192.0.2.10/24, interface: eth1}\n",
            "test.yaml:4:5: error: 192.0.2.10 is declared twice: as an interface VIP on eth1 here and as an interface VIP on eth0 at line 3");

    [Fact]
    public void Documents_that_can_meet_on_a_host_must_not_repeat_a_vip() =>
        AssertProblems(
            "version: 1\nname: a\nloopback_vips: [192.0.2.10]\n---\nversion: 1\nname: b\nhosts: [web-*]\nloopback_vips: [192.0.2.10]\n",
            "test.yaml:8:17: error: 192.0.2.10 is declared twice as a loopback VIP (first at test.yaml:3:17)");

    [Fact]
    public void Documents_for_disjoint_hosts_may_reuse_a_vip() =>
        AssertProblems(
            "version: 1\nhosts: [web-*]\nloopback_vips: [192.0.2.10]\n---\nversion: 1\nhosts: [db-*]\nloopback_vips: [192.0.2.10]\n");

    [Fact]
    public void An_exclusion_makes_documents_disjoint() =>
        AssertProblems(
            "version: 1\nhosts: [web-*, \"!web-canary-*\"]\nloopback_vips: [192.0.2.10]\n---\nversion: 1\nhosts: [web-canary-*]\nloopback_vips: [192.0.2.10]\n");

    [Fact]
    public void Documents_for_different_label_values_may_reuse_a_vip() =>
        AssertProblems(
            "version: 1\nhosts: {labels: {site: fra1}}\nloopback_vips: [192.0.2.10]\n---\nversion: 1\nhosts: {labels: {site: ams1}}\nloopback_vips: [192.0.2.10]\n");

    [Fact]
    public void Conflicting_values_for_one_sysctl_across_documents_are_an_error() =>
        AssertProblems(
            "version: 1\nsysctls: {net.ipv4.ip_forward: 1}\n---\nversion: 1\nsysctls: {net.ipv4.ip_forward: 0}\n",
            "test.yaml:5:11: error: sysctl net.ipv4.ip_forward is 0 here but 1 at test.yaml:2:11: documents for the same host must agree");

    [Fact]
    public void Equal_values_for_one_sysctl_across_documents_are_fine() =>
        AssertProblems("version: 1\nsysctls: {net.ipv4.ip_forward: 1}\n---\nversion: 1\nsysctls: {net.ipv4.ip_forward: \"1\"}\n");

    [Fact]
    public void A_sysctl_that_contradicts_the_derived_arp_policy_is_an_error() =>
        AssertProblems(
            "version: 1\nloopback_vips: [192.0.2.10]\nsysctls: {net.ipv4.conf.all.arp_ignore: 0}\n",
            "test.yaml:3:11: error: sysctl net.ipv4.conf.all.arp_ignore is 0 here but 1 by the default ARP policy for the DSR VIP at test.yaml:2:17: change ARP levels through 'arp', not 'sysctls'");

    [Fact]
    public void A_sysctl_in_another_document_that_contradicts_the_arp_policy_is_an_error() =>
        AssertProblems(
            "version: 1\narp: {ignore: 2, interfaces: [all]}\n---\nversion: 1\nsysctls: {net.ipv4.conf.all.arp_ignore: 1}\n",
            "test.yaml:5:11: error: sysctl net.ipv4.conf.all.arp_ignore is 1 here but 2 by the ARP policy at test.yaml:2:6: change ARP levels through 'arp', not 'sysctls'");

    [Fact]
    public void Two_arp_policies_with_different_levels_are_an_error() =>
        AssertProblems(
            "version: 1\narp: {ignore: 1}\n---\nversion: 1\narp: {ignore: 2}\n",
            "test.yaml:5:6: error: this ARP policy (ignore 2, announce 2) contradicts the one at test.yaml:2:6 (ignore 1, announce 2)");

    [Theory]
    [InlineData("{ignore: 0}", "arp.ignore 0 lets the real server answer ARP for its DSR VIPs: use 1 (the seed's value), 2 or 8")]
    [InlineData("{ignore: 3}", "arp.ignore 3 lets the real server answer ARP for its DSR VIPs: use 1 (the seed's value), 2 or 8")]
    [InlineData("{announce: 1}", "arp.announce 1 lets the real server use a DSR VIP as the source of its ARP requests: use 2")]
    [InlineData("{interfaces: [lo]}", "arp.interfaces must include 'all': the kernel applies max(all, interface), so interfaces not listed would still answer ARP for the DSR VIPs")]
    public void An_arp_policy_that_leaks_the_dsr_vips_is_an_error(string policy, string message) =>
        AssertProblems(
            $"version: 1\nloopback_vips: [192.0.2.10]\narp: {policy}\n",
            $"test.yaml:3:6: error: {message} (DSR VIP 192.0.2.10 at test.yaml:2:17)");

    [Fact]
    public void A_leaking_arp_policy_in_another_document_is_an_error_too() =>
        AssertProblems(
            "version: 1\nloopback_vips: [192.0.2.10]\n---\nversion: 1\narp: {ignore: 0}\n",
            "test.yaml:5:6: error: arp.ignore 0 lets the real server answer ARP for its DSR VIPs: use 1 (the seed's value), 2 or 8 (DSR VIP 192.0.2.10 at test.yaml:2:17)");

    [Fact]
    public void Persistence_choices_must_agree_across_documents() =>
        AssertProblems(
            "version: 1\nlinux: {persistence: {addresses: systemd}}\n---\nversion: 1\nlinux: {persistence: {addresses: network-scripts}}\n",
            "test.yaml:5:8: error: linux.persistence.addresses is network-scripts here but systemd at test.yaml:2:8: documents for the same host must agree");

    [Fact]
    public void The_same_vip_twice_on_one_nic_is_an_error() =>
        AssertProblems(
            "version: 1\ninterface_vips:\n  - {address: 192.0.2.10/24, interface: eth0}\n  - {address: 192.0.2.10/24, interface: eth0}\n",
            "test.yaml:4:5: error: 192.0.2.10 is declared twice as an interface VIP on eth0 (first at line 3)");

    [Fact]
    public void A_nic_vip_in_one_document_and_a_loopback_vip_in_another_is_an_error() =>
        AssertProblems(
            "version: 1\ninterface_vips: [{address: 192.0.2.10/24, interface: eth0}]\n---\nversion: 1\nloopback_vips: [192.0.2.10]\n",
            "test.yaml:5:17: error: 192.0.2.10 is a loopback VIP here and an interface VIP on eth0 at test.yaml:2:18: a host holds a VIP on the loopback (DSR) or on a NIC (HA), not both");

    [Fact]
    public void A_host_is_checked_on_the_documents_it_got()
    {
        var (documents, _) = DocumentText.Load(
            "version: 1\nhosts: [web-*]\nloopback_vips: [192.0.2.10]\n---\nversion: 1\nhosts: {labels: {role: web}}\nloopback_vips: [192.0.2.10]\n");
        var both = new HostIdentity("web-1", new Dictionary<string, string> { ["role"] = "web" }, []);
        var one = new HostIdentity("web-2", new Dictionary<string, string>(), []);

        Assert.Equal(
            ["test.yaml:7:17: error: 192.0.2.10 is declared twice as a loopback VIP (first at test.yaml:3:17)"],
            ProblemsOf(DesiredStateComposer.Compose(documents, both)));
        Assert.Empty(ProblemsOf(DesiredStateComposer.Compose(documents, one)));
    }

    [Fact]
    public void A_host_is_checked_on_its_merged_state()
    {
        var (documents, _) = DocumentText.Load("version: 1\narp: {ignore: 0}\n---\nversion: 1\nhosts: [web-*]\nloopback_vips: [192.0.2.10]\n");

        Assert.Equal(
            ["test.yaml:2:6: error: arp.ignore 0 lets the real server answer ARP for its DSR VIPs: use 1 (the seed's value), 2 or 8 (DSR VIP 192.0.2.10 at test.yaml:6:17)"],
            ProblemsOf(DesiredStateComposer.Compose(documents, new HostIdentity("web-1", new Dictionary<string, string>(), []))));
        Assert.Empty(ProblemsOf(DesiredStateComposer.Compose(documents, new HostIdentity("db-1", new Dictionary<string, string>(), []))));
    }

    private static List<string> ProblemsOf(DesiredState state)
    {
        var diagnostics = new DiagnosticBag();
        DesiredStateValidator.ValidateHost(state, diagnostics);
        return [.. diagnostics.Sorted().Select(d => d.ToString())];
    }
}
