using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Loading.Binding;

public sealed class DocumentBinderTests
{
    [Fact]
    public void The_seed_document_binds_to_a_loopback_vip_with_defaults()
    {
        var document = DocumentText.Single("version: 1\nname: dsr\nloopback_vips:\n  - 192.168.0.10\n");

        var vip = Assert.Single(document.LoopbackVips);
        Assert.Equal("192.168.0.10/32", vip.Address.ToString());
        Assert.Equal(Ensure.Present, vip.Ensure);
        Assert.Null(vip.Label);
        Assert.Equal(new(DocumentText.File, 4, 5), vip.Span);
        Assert.Null(document.Arp);
        Assert.True(document.Hosts.MatchesEveryHost);
    }

    [Fact]
    public void Every_kind_of_entry_binds_with_its_values()
    {
        var document = DocumentText.Single("""
            version: 1
            name: full
            description: everything at once
            hosts:
              names: [web-*, "!web-9"]
              labels: {role: web}
              networks: [192.0.2.0/24]
            loopback_vips:
              - address: 2001:db8::10
                ensure: absent
              - {address: 198.51.100.7, label: lo:web}
            interface_vips:
              - {address: 198.51.100.10/24, interface: eth0.100, label: eth0.100:1, announce: 5}
              - {address: 2001:db8:1::10/64, interface: eth1, announce: false}
            arp: {ignore: 2, announce: 2, interfaces: [all, lo, eth0]}
            sysctls:
              net.ipv4.ip_local_port_range: "1024   65000"
              net.ipv4.conf.eth0/100.rp_filter: {value: 2}
              net.ipv4.ip_forward: {ensure: absent}
            linux: {persistence: {addresses: systemd, sysctls: sysctl.conf}}
            aix: {persistence: {style: rc.net, script: /etc/dsr.sh, link: S10dsr}}
            windows: {loopback_adapter: 이더넷, create_loopback: true, nics: [Ethernet0], metric: 254}
            """);

        Assert.Equal(["web-*", "!web-9"], document.Hosts.Names);
        Assert.Equal("web", document.Hosts.Labels["role"]);
        Assert.Equal("192.0.2.0/24", Assert.Single(document.Hosts.Networks).ToString());
        Assert.Equal(Ensure.Absent, document.LoopbackVips[0].Ensure);
        Assert.Equal("2001:db8::10/128", document.LoopbackVips[0].Address.ToString());
        Assert.Equal(("lo:web", new SourceSpan(DocumentText.File, 11, 36)), (document.LoopbackVips[1].Label, document.LoopbackVips[1].LabelSpan));
        Assert.Equal(("eth0.100", "eth0.100:1", 5), (document.InterfaceVips[0].Interface, document.InterfaceVips[0].Label, document.InterfaceVips[0].AnnounceCount));
        Assert.Equal(0, document.InterfaceVips[1].AnnounceCount);
        Assert.Equal((2, 2), (document.Arp!.Ignore, document.Arp.Announce));
        Assert.Equal(["all", "lo", "eth0"], document.Arp.Interfaces);
        Assert.False(document.Arp.IsDerived);
        Assert.Equal("1024 65000", document.Sysctls[0].Value);
        Assert.Equal("eth0.100", document.Sysctls[1].Name.Interface);
        Assert.Equal("net/ipv4/conf/eth0.100/rp_filter", document.Sysctls[1].Name.ProcPath);
        Assert.Equal(Ensure.Absent, document.Sysctls[2].Ensure);
        Assert.Equal((AddressPersistence.Systemd, SysctlPersistence.SysctlConf), (document.Linux!.Addresses, document.Linux.Sysctls));
        Assert.Equal((AixPersistence.RcNet, "/etc/dsr.sh", "S10dsr"), (document.Aix!.Persistence, document.Aix.Script, document.Aix.Link));
        Assert.Equal(("이더넷", true, 254), (document.Windows!.LoopbackAdapter, document.Windows.CreateLoopback, document.Windows.Metric));
    }

    [Fact]
    public void An_unnamed_document_is_named_after_its_file_and_position() =>
        Assert.Equal("test.yaml#1", DocumentText.Single("version: 1\n").Name);

    [Fact]
    public void A_bare_list_of_hosts_is_a_list_of_name_patterns() =>
        Assert.Equal(["db-*"], DocumentText.Single("version: 1\nhosts: [db-*]\n").Hosts.Names);

    [Fact]
    public void Announce_true_sends_the_default_count() =>
        Assert.Equal(
            InterfaceVip.DefaultAnnounceCount,
            DocumentText.Single("version: 1\ninterface_vips: [{address: 192.0.2.5/24, interface: eth0, announce: true}]\n").InterfaceVips[0].AnnounceCount);

    [Theory]
    [InlineData("True", 3)]
    [InlineData("FALSE", 0)]
    [InlineData("+4", 4)]
    public void Announce_reads_booleans_and_counts_like_every_other_key(string value, int count) =>
        Assert.Equal(count, DocumentText.Single($"version: 1\ninterface_vips: [{{address: 192.0.2.5/24, interface: eth0, announce: {value}}}]\n").InterfaceVips[0].AnnounceCount);

    [Fact]
    public void A_description_may_span_lines() =>
        Assert.Equal("two\nlines\n", DocumentText.Single("version: 1\ndescription: |\n  two\n  lines\n").Description);

    [Fact]
    public void Arp_levels_default_to_the_seed_when_only_interfaces_are_written()
    {
        var arp = DocumentText.Single("version: 1\narp: {interfaces: [all, lo, bond0]}\n").Arp!;

        Assert.Equal((1, 2), (arp.Ignore, arp.Announce));
    }
}
