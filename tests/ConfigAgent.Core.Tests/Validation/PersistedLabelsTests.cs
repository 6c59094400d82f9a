using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Validation;

/// <summary>A label the chosen persistence style would not bring back at boot is refused where it is written (issue 18).</summary>
public sealed class PersistedLabelsTests
{
    private static string Document(string style, string loopback, string nic = "[]") =>
        $"version: 1\nloopback_vips: {loopback}\ninterface_vips: {nic}\nlinux: {{persistence: {{addresses: {style}}}}}\n";

    private static void AssertProblems(string yaml, params string[] expected) =>
        Assert.Equal(expected, DocumentText.Problems(yaml));

    [Fact]
    public void Network_scripts_refuse_a_suffix_that_ifup_aliases_calls_an_invalid_alias_number() =>
        AssertProblems(
            Document("network-scripts", "[{address: 192.0.2.10, label: lo:web-1}]", "[{address: 198.51.100.5/24, interface: eth0, label: eth0:ha-1}]"),
            "test.yaml:2:46: error: label 'lo:web-1' cannot be restored at boot by network-scripts: ifup-aliases accepts only letters, digits and '_' after the ':' (ifcfg-lo:web-1 fails with \"invalid alias number\"); write one such as lo:web_1, or choose linux.persistence.addresses: systemd",
            "test.yaml:3:69: error: label 'eth0:ha-1' cannot be restored at boot by network-scripts: ifup-aliases accepts only letters, digits and '_' after the ':' (ifcfg-eth0:ha-1 fails with \"invalid alias number\"); write one such as eth0:ha_1, or choose linux.persistence.addresses: systemd");

    [Fact]
    public void Network_scripts_refuse_the_bare_interface_name_which_an_alias_file_brings_back_as_lo_n() =>
        AssertProblems(
            Document("network-scripts", "[{address: 192.0.2.10, label: lo}]"),
            "test.yaml:2:46: error: label 'lo' cannot be restored at boot by network-scripts: an ifcfg-lo:N file gives its address the label lo:N, so the address would be replaced after every reboot; leave the label out (lo:0, lo:1, ... are chosen), write one such as lo:1, or choose linux.persistence.addresses: systemd");

    [Fact]
    public void Network_scripts_accept_letters_digits_and_underscores_after_the_colon() =>
        AssertProblems(Document("network-scripts", "[{address: 192.0.2.10, label: lo:web_1}, {address: 192.0.2.11, label: lo:7}]", "[{address: 198.51.100.5/24, interface: eth0, label: eth0:HA1}]"));

    [Theory]
    [InlineData("systemd")]
    [InlineData("none")]
    [InlineData("auto")]
    public void Styles_that_restore_any_label_or_decide_per_host_accept_them(string style) =>
        AssertProblems(Document(style, "[{address: 192.0.2.10, label: lo:web-1}, {address: 192.0.2.11, label: lo}]", "[{address: 198.51.100.5/24, interface: eth0, label: eth0:ha-1}]"));

    [Fact]
    public void Networkmanager_refuses_a_loopback_label_its_keyfile_cannot_hold_but_not_an_ha_vips() =>
        AssertProblems(
            Document("networkmanager", "[{address: 192.0.2.10, label: lo:web}, {address: 192.0.2.11, label: lo}]", "[{address: 198.51.100.5/24, interface: eth0, label: eth0:ha-1}]"),
            "test.yaml:2:46: error: label 'lo:web' cannot be restored at boot by networkmanager persistence: its keyfile for lo holds addresses without labels, so the address would come back labelled 'lo' and be replaced after every reboot; leave the label out, or choose linux.persistence.addresses: systemd");

    [Fact]
    public void An_absent_vip_is_not_persisted_so_its_label_is_not_checked() =>
        AssertProblems(Document("network-scripts", "[{address: 192.0.2.10, label: lo:web-1, ensure: absent}]"));

    [Fact]
    public void The_style_of_one_document_applies_to_the_labels_of_another_on_the_same_host() =>
        AssertProblems(
            "version: 1\nname: boot\nlinux: {persistence: {addresses: network-scripts}}\n---\nversion: 1\nname: web\nloopback_vips: [{address: 192.0.2.10, label: lo:web-1}]\n",
            "test.yaml:7:46: error: label 'lo:web-1' cannot be restored at boot by network-scripts: ifup-aliases accepts only letters, digits and '_' after the ':' (ifcfg-lo:web-1 fails with \"invalid alias number\"); write one such as lo:web_1, or choose linux.persistence.addresses: systemd");
}
