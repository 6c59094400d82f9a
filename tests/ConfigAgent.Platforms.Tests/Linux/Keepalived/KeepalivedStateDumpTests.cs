using System.Net;
using System.Text.Json;
using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Platforms.Linux.Keepalived;

namespace ConfigAgent.Platforms.Tests.Linux.Keepalived;

/// <summary>keepalived 2.2.7's JSON state dump, as captured from the real daemon in the lab.</summary>
public sealed class KeepalivedStateDumpTests
{
    [Theory]
    [InlineData("master", VrrpState.Master)]
    [InlineData("backup", VrrpState.Backup)]
    public void A_dump_gives_the_state_and_the_configuration_keepalived_runs(string sample, VrrpState state)
    {
        var instance = Assert.Single(KeepalivedStateDump.Parse(Sample.Read($"keepalived-2.2.7-json-{sample}.1.txt")));

        Assert.Equal(("configagent_eth0_51", "eth0", 51, state), (instance.Name, instance.Interface, instance.RouterId, instance.State));
        Assert.Equal((150, 1, false), (instance.Priority, instance.AdvertInterval, instance.Preempt));
        Assert.Equal([new InterfaceAddress(IPAddress.Parse("172.26.7.100"), 24), new InterfaceAddress(IPAddress.Parse("172.26.7.101"), 24)], instance.Vips);
        Assert.Equal(["trk0"], instance.TrackInterfaces);
        Assert.Equal(new GarpSettings(5, 5, 60), instance.Garp);
    }

    [Fact]
    public void A_dump_caught_half_written_does_not_parse()
    {
        var text = Sample.Read("keepalived-2.2.7-json-master.1.txt");

        Assert.ThrowsAny<JsonException>(() => KeepalivedStateDump.Parse(text[..(text.Length / 2)]));
    }
}
