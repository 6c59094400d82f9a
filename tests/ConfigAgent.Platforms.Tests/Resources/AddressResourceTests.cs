using System.Net;
using ConfigAgent.Documents;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;
using ConfigAgent.Platforms.Aix.Commands;
using ConfigAgent.Platforms.Commands;
using ConfigAgent.Platforms.Resources;
using ConfigAgent.Testing;

namespace ConfigAgent.Platforms.Tests.Resources;

public sealed class AddressResourceTests
{
    private static AddressResource Address(string nic, string address, string? label = null, bool explicitLabel = false, Ensure ensure = Ensure.Present, IAddressCommands? commands = null) =>
        new(nic, Parse(address), label, explicitLabel, ensure, announceCount: 0, commands) { Origin = default, Purpose = "test" };

    private static InterfaceAddress Parse(string address)
    {
        Assert.True(InterfaceAddress.TryParse(address, out var parsed, out _));
        return parsed;
    }

    [Fact]
    public void A_missing_address_is_created()
    {
        var change = Address("lo", "192.0.2.10/32", "lo:0").Test(FactsBuilder.LinuxDefaults().Build())!;

        Assert.Equal((ChangeAction.Create, null, "192.0.2.10/32 label lo:0", "missing"), (change.Action, change.Before, change.After, change.Reason));
    }

    [Fact]
    public void An_address_present_with_another_label_is_in_sync_when_the_label_was_not_written() =>
        Assert.Null(Address("lo", "192.0.2.10/32", "lo:0").Test(new FactsBuilder().Interface("lo", "192.0.2.10/32 lo global").Build()));

    [Fact]
    public void A_written_label_is_enforced()
    {
        var facts = new FactsBuilder().Interface("lo", "192.0.2.10/32 lo global").Build();

        var change = Address("lo", "192.0.2.10/32", "lo:vip", explicitLabel: true).Test(facts)!;

        Assert.Equal((ChangeAction.Update, "192.0.2.10/32 label lo", "label is lo: the address is replaced"), (change.Action, change.Before, change.Reason));
    }

    [Theory]
    [InlineData("2001:db8::10/128", "2001:0db8:0000:0000:0000:0000:0000:0010/128 - global")]
    [InlineData("2001:DB8::A/128", "2001:db8::a/128 - global")]
    public void Ipv6_written_in_another_form_is_not_drift(string desired, string observed) =>
        Assert.Null(Address("lo", desired).Test(new FactsBuilder().Interface("lo", observed).Build()));

    [Fact]
    public void Another_prefix_length_is_drift()
    {
        var change = Address("eth0", "192.0.2.50/24").Test(new FactsBuilder().Interface("eth0", "192.0.2.50/32 eth0 global").Build())!;

        Assert.Equal((ChangeAction.Update, "prefix is /32: the address is replaced"), (change.Action, change.Reason));
    }

    [Fact]
    public void Host_scope_is_drift() =>
        Assert.Equal(
            "scope is host: the address is replaced",
            Address("lo", "192.0.2.10/32").Test(new FactsBuilder().Interface("lo", "192.0.2.10/32 lo host").Build())!.Reason);

    [Fact]
    public void An_absent_address_that_exists_is_deleted()
    {
        var change = Address("lo", "192.0.2.10/32", ensure: Ensure.Absent).Test(new FactsBuilder().Interface("lo", "192.0.2.10/32 lo:0 global").Build())!;

        Assert.Equal((ChangeAction.Delete, "192.0.2.10/32 label lo:0", null), (change.Action, change.Before, change.After));
        Assert.Equal(IPAddress.Parse("192.0.2.10"), Assert.IsType<AddressChange>(change).Existing!.Address);
    }

    [Fact]
    public void An_absent_address_on_a_missing_interface_is_in_sync() =>
        Assert.Null(Address("eth7", "192.0.2.10/24", ensure: Ensure.Absent).Test(new FactsBuilder().Interface("lo").Build()));

    [Fact]
    public void A_vip_for_a_missing_interface_blocks_the_plan() =>
        Assert.Equal(
            (ChangeAction.Blocked, "there is no interface 'eth7'"),
            Address("eth7", "192.0.2.10/24").Test(new FactsBuilder().Interface("lo").Build()) is { } c ? (c.Action, c.Reason) : default);

    [Fact]
    public void A_failed_duplicate_address_detection_blocks_the_plan() =>
        Assert.Equal(
            ChangeAction.Blocked,
            Address("eth0", "2001:db8::5/64").Test(new FactsBuilder().Interface("eth0", "2001:db8::5/64 - global dadfailed tentative").Build())!.Action);

    [Fact]
    public void A_dsr_vip_also_held_by_a_nic_is_noted()
    {
        var change = Address("lo", "192.0.2.10/32", "lo:0").Test(new FactsBuilder().Interface("lo").Interface("eth0", "192.0.2.10/24 eth0 global").Build())!;

        Assert.Equal(["192.0.2.10 is also on eth0"], change.Notes);
    }

    [Fact]
    public void On_a_platform_driven_by_commands_a_replacement_carries_its_commands_and_their_undo_last_first()
    {
        var facts = new FactsBuilder("aix").Interface("lo0", "192.0.2.10/24").Build();

        var change = Address("lo0", "192.0.2.10/32", commands: AixCommands.Instance).Test(facts)!;

        Assert.Equal(["ifconfig lo0 delete 192.0.2.10", "ifconfig lo0 alias 192.0.2.10 netmask 255.255.255.255 -arp"], change.Commands.Select(c => c.ToString()));
        Assert.Equal(["ifconfig lo0 delete 192.0.2.10", "ifconfig lo0 alias 192.0.2.10 netmask 255.255.255.0 -arp"], change.UndoCommands.Select(c => c.ToString()));
    }

    [Fact]
    public void On_linux_the_change_carries_no_commands_the_executor_sets_it_over_rtnetlink()
    {
        var change = Address("lo", "192.0.2.10/32", "lo:0").Test(FactsBuilder.LinuxDefaults().Build())!;

        Assert.Equal((0, 0), (change.Commands.Count, change.UndoCommands.Count));
    }

    [Fact]
    public void An_address_no_longer_declared_is_removed_with_the_label_configagent_gave_it()
    {
        var vip = Parse("192.0.2.10/32");
        var removal = AddressResource.Removal(new AddressEntry(AddressResource.IdOf("lo", vip), "lo", vip, "lo:3"), commands: null);

        Assert.Equal((Ensure.Absent, "address 192.0.2.10/32 on lo (label lo:3)", "ownership ledger"), (removal.Ensure, removal.Title, removal.Origin.File));
    }

    [Fact]
    public void An_address_moving_to_another_interface_leaves_the_old_one_first()
    {
        var graph = new ResourceGraph();
        var arrival = Address("eth0", "192.0.2.10/24");
        var removal = Address("lo", "192.0.2.10/32", ensure: Ensure.Absent);
        graph.Add(arrival);
        graph.Add(removal);

        AddressResource.OrderMoves(graph);

        Assert.Equal([(removal.Id, arrival.Id)], graph.Edges.Select(e => (e.From, e.To)));
    }
}
