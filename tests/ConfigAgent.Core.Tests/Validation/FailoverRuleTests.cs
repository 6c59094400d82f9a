using ConfigAgent.Composition;
using ConfigAgent.Selection;
using ConfigAgent.Testing;
using ConfigAgent.Validation;

namespace ConfigAgent.Core.Tests.Validation;

/// <summary>The rules between failover groups, documents and hosts: one router id per group on a link, and only members selected.</summary>
public sealed class FailoverRuleTests
{
    private static string Vip(string address, int routerId, string members = "ha-a, ha-b", string nic = "eth0") =>
        $"""
          - address: {address}/24
            interface: {nic}
            failover:
              router_id: {routerId}
              members: [{string.Join(", ", members.Split(", ").Select((m, i) => $"{{host: {m}, address: 172.26.7.{11 + i}}}"))}]

        """;

    private static void AssertProblems(string yaml, params string[] expected) =>
        Assert.Equal(expected, DocumentText.Problems(yaml));

    [Fact]
    public void Two_vips_may_share_one_group_when_they_repeat_its_block() =>
        AssertProblems("version: 1\nhosts: [ha-a, ha-b]\ninterface_vips:\n" + Vip("172.26.7.100", 51) + Vip("172.26.7.101", 51));

    [Fact]
    public void Two_groups_with_one_router_id_on_one_interface_are_refused() =>
        AssertProblems(
            "version: 1\nhosts: [ha-a, ha-b]\ninterface_vips:\n" + Vip("172.26.7.100", 51) + Vip("172.26.7.101", 51, "ha-b, ha-a"),
            "test.yaml:12:18: error: router id 51 on eth0 already names the group of 172.26.7.100/24 at line 7, with other members or settings: "
            + "one router id is one VRRP group on a link (VIPs of one group repeat its failover block as it is)");

    [Fact]
    public void One_router_id_on_two_interfaces_names_two_groups() =>
        AssertProblems("version: 1\nhosts: [ha-a, ha-b]\ninterface_vips:\n" + Vip("172.26.7.100", 51) + Vip("172.26.7.101", 51, "ha-b, ha-a", "eth1"));

    [Fact]
    public void Documents_that_can_meet_on_a_host_must_not_reuse_a_router_id_for_another_group() =>
        AssertProblems(
            "version: 1\nname: a\nhosts: [ha-a, ha-b]\ninterface_vips:\n" + Vip("172.26.7.100", 51) + "---\nversion: 1\nname: b\nhosts: [ha-*]\ninterface_vips:\n" + Vip("172.26.7.101", 51, "ha-b, ha-a"),
            "test.yaml:18:18: error: router id 51 on eth0 already names the group of 172.26.7.100/24 at test.yaml:8:7, with other members or settings: "
            + "one router id is one VRRP group on a link (VIPs of one group repeat its failover block as it is)");

    [Fact]
    public void A_host_the_document_names_must_be_a_member() =>
        AssertProblems(
            "version: 1\nname: pair\nhosts: [ha-a, ha-b, ha-c, \"ha-*\"]\ninterface_vips:\n" + Vip("172.26.7.100", 51),
            "test.yaml:8:7: error: host ha-c is selected by document 'pair' but is not a member of the failover group of 172.26.7.100/24 on eth0 "
            + "(members: ha-a, ha-b): only members run VRRP for the VIP; narrow the document's hosts or add the host");

    [Fact]
    public void A_host_a_pattern_selects_must_be_a_member_when_it_is_planned()
    {
        var (documents, diagnostics) = DocumentText.Load("version: 1\nname: pair\nhosts: [\"ha-*\"]\ninterface_vips:\n" + Vip("172.26.7.100", 51));
        Assert.False(diagnostics.HasErrors);

        var state = DesiredStateComposer.Compose(documents, new HostIdentity("ha-c", new Dictionary<string, string>(), []));
        DesiredStateValidator.ValidateHost(state, diagnostics);

        Assert.Equal(
            ["test.yaml:8:7: error: host ha-c is selected by document 'pair' but is not a member of the failover group of 172.26.7.100/24 on eth0 "
            + "(members: ha-a, ha-b): only members run VRRP for the VIP; narrow the document's hosts or add the host"],
            diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void A_member_is_planned_without_a_problem() =>
        Assert.Single(DocumentText.StateFor("version: 1\nhosts: [\"ha-*\"]\ninterface_vips:\n" + Vip("172.26.7.100", 51), "HA-B").InterfaceVips);

    [Fact]
    public void Documents_for_one_host_must_agree_on_taking_over_keepalived_conf() =>
        AssertProblems(
            "version: 1\nlinux: {keepalived: {take_over: true}}\n---\nversion: 1\nlinux: {keepalived: {take_over: false}}\n",
            "test.yaml:5:8: error: linux.keepalived.take_over is false here but true at test.yaml:2:8: documents for the same host must agree");
}
