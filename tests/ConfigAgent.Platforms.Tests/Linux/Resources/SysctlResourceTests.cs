using ConfigAgent.Documents;
using ConfigAgent.Graph;
using ConfigAgent.Platforms.Linux.Resources;
using ConfigAgent.Testing;

namespace ConfigAgent.Platforms.Tests.Linux.Resources;

public sealed class SysctlResourceTests
{
    private static SysctlResource Resource(string name, string value)
    {
        Assert.True(SysctlName.TryParse(name, out var parsed, out _));
        return new SysctlResource(parsed, value) { Origin = default, Purpose = "test" };
    }

    [Theory]
    [InlineData("1\n")]
    [InlineData(" 1 ")]
    [InlineData("1")]
    public void The_kernels_formatting_is_not_drift(string raw) =>
        Assert.Null(Resource("net.ipv4.conf.all.arp_ignore", "1").Test(new FactsBuilder().Sysctl("net.ipv4.conf.all.arp_ignore", raw).Build()));

    [Fact]
    public void Multi_field_values_compare_across_tabs_and_spaces() =>
        Assert.Null(Resource("net.ipv4.ip_local_port_range", "32768 60999").Test(new FactsBuilder().Sysctl("net.ipv4.ip_local_port_range", "32768\t60999\n").Build()));

    [Fact]
    public void A_different_value_is_an_update_with_before_and_after()
    {
        var change = Resource("net.ipv4.conf.all.arp_ignore", "1").Test(new FactsBuilder().Sysctl("net.ipv4.conf.all.arp_ignore", "0\n").Build())!;

        Assert.Equal((ChangeAction.Update, "0", "1", "net.ipv4.conf.all.arp_ignore is 0"), (change.Action, change.Before, change.After, change.Reason));
    }

    [Fact]
    public void A_parameter_the_host_does_not_have_blocks_the_plan()
    {
        var change = Resource("net.ipv4.conf.eth9.arp_ignore", "1").Test(new FactsBuilder().Interface("eth0").Sysctl("net.ipv4.conf.eth9.arp_ignore", null).Build())!;

        Assert.Equal(ChangeAction.Blocked, change.Action);
        Assert.Equal("net.ipv4.conf.eth9.arp_ignore does not exist on this host: there is no interface 'eth9'", change.Reason);
    }

    [Fact]
    public void A_parameter_missing_from_recorded_facts_blocks_the_plan_rather_than_guessing()
    {
        var change = Resource("net.ipv4.ip_forward", "1").Test(new FactsBuilder().Build())!;

        Assert.Equal(ChangeAction.Blocked, change.Action);
        Assert.Equal("net.ipv4.ip_forward was not observed (the facts do not hold it)", change.Reason);
    }
}
