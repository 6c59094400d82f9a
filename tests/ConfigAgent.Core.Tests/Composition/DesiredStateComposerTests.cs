using ConfigAgent.Composition;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Loading;
using ConfigAgent.Selection;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Composition;

/// <summary>A host's desired state: the documents that select it, merged in order; composing judges nothing.</summary>
public sealed class DesiredStateComposerTests
{
    private static readonly HostIdentity Web1 = new("web-01", new Dictionary<string, string>(), []);

    /// <summary>Loaded only, not validated: composition must take documents as they come.</summary>
    private static DocumentSet Loaded(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var documents = new DocumentLoader().Load([new SourceText(DocumentText.File, yaml)], diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        return documents;
    }

    [Fact]
    public void Only_the_documents_that_select_a_host_are_merged()
    {
        var state = DocumentText.StateFor(
            "version: 1\nhosts: [web-*]\nloopback_vips: [192.0.2.10]\n---\nversion: 1\nhosts: [db-*]\nloopback_vips: [192.0.2.20]\n",
            hostname: "db-3");

        Assert.Equal("192.0.2.20/32", Assert.Single(state.LoopbackVips).Address.ToString());
        Assert.Equal(Ensure.Present, state.LoopbackVips[0].Ensure);
    }

    [Fact]
    public void A_host_no_document_selects_gets_an_empty_state()
    {
        var state = DesiredStateComposer.Compose(Loaded("version: 1\nhosts: [db-*]\nloopback_vips: [192.0.2.20]\n"), Web1);

        Assert.Empty(state.Documents);
        Assert.Empty(state.LoopbackVips);
        Assert.Null(state.Arp);
    }

    [Fact]
    public void Contradicting_documents_are_merged_without_a_word_the_first_deciding()
    {
        var documents = Loaded(
            "version: 1\nname: a\nloopback_vips: [192.0.2.10]\nsysctls: {net.ipv4.ip_forward: 1}\nlinux: {persistence: {addresses: systemd}}\n---\n" +
            "version: 1\nname: b\ninterface_vips: [{address: 192.0.2.10/24, interface: eth0}]\nsysctls: {net.ipv4.ip_forward: 0}\nlinux: {persistence: {addresses: none, sysctls: none}}\n");

        var state = DesiredStateComposer.Compose(documents, Web1);

        Assert.Equal(["a", "b"], state.Documents.Select(d => d.Name));
        Assert.Single(state.LoopbackVips);
        Assert.Empty(state.InterfaceVips);
        Assert.Equal("1", Assert.Single(state.Sysctls).Value);
        Assert.Equal((AddressPersistence.Systemd, SysctlPersistence.None), (state.Linux.Addresses, state.Linux.Sysctls));
    }

    [Fact]
    public void An_ipv6_only_dsr_host_needs_no_arp_policy() =>
        Assert.Null(DocumentText.StateFor("version: 1\nloopback_vips: [2001:db8::10]\n").Arp);

    [Fact]
    public void An_ipv4_dsr_vip_derives_the_seeds_arp_policy()
    {
        var arp = DocumentText.StateFor("version: 1\nloopback_vips: [192.0.2.10]\n").Arp!;

        Assert.True(arp.IsDerived);
        Assert.Equal((1, 2), (arp.Ignore, arp.Announce));
        Assert.Equal(["all", "lo"], arp.Interfaces);
    }

    [Fact]
    public void An_absent_vip_alone_derives_no_arp_policy() =>
        Assert.Null(DocumentText.StateFor("version: 1\nloopback_vips: [{address: 192.0.2.10, ensure: absent}]\n").Arp);

    [Fact]
    public void Written_arp_policies_of_several_documents_join_their_interfaces()
    {
        var arp = DocumentText.StateFor("version: 1\narp: {interfaces: [all, lo]}\n---\nversion: 1\narp: {interfaces: [all, eth0]}\n").Arp!;

        Assert.Equal(["all", "lo", "eth0"], arp.Interfaces);
    }
}
