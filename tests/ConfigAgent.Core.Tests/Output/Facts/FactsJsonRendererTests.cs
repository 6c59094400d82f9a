using System.Net;
using ConfigAgent.Facts;
using ConfigAgent.Output.Facts;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Output.Facts;

/// <summary>The facts file (docs/facts-json.md): what <c>configagent facts</c> prints and <c>--facts</c> reads.</summary>
public sealed class FactsJsonRendererTests
{
    private static readonly HostFacts Sample = new()
    {
        Platform = "linux",
        Hostname = "web-01é",
        CollectedAt = new DateTimeOffset(2026, 12, 3, 14, 0, 0, 125, TimeSpan.FromHours(1)),
        Labels = new Dictionary<string, string> { ["rôle"] = OutputSamples.Hostile },
        Os = new OsFacts("rhel", "9.4"),
        Interfaces =
        [
            new InterfaceFacts("lo", 1, IsLoopback: true, IsUp: true, null, [new AddressFacts(IPAddress.Parse("203.0.113.10"), 32, "lo:0", "host", ["permanent"])]),
            new InterfaceFacts("eth0", 2, IsLoopback: false, IsUp: true, "52:54:00:12:34:56", [new AddressFacts(IPAddress.Parse("2001:db8::10"), 64)], Metric: 10),
        ],
        Settings = new Dictionary<string, string?> { ["net.ipv4.conf.all.arp_ignore"] = "1", ["net.ipv4.conf.eth0/100.arp_ignore"] = null },
        Files = new Dictionary<string, FileFacts>
        {
            ["/etc/sysctl.d/90-configagent.conf"] = new(true, "net.ipv4.conf.all.arp_ignore = 1\n# <é>\n", "0644"),
            ["/etc/rc.d/rc2.d/S09dsr_start"] = new(true, LinkTarget: "/home/dsr.sh"),
            ["/etc/missing"] = FileFacts.Missing,
        },
    };

    [Fact]
    public void Facts_write_in_snake_case_with_addresses_as_text_and_nulls_left_out() =>
        Golden.Verify(FactsJsonRenderer.Render(Sample), "facts-every-field.json");

    [Fact]
    public void What_is_written_reads_back_as_it_was() =>
        Assert.Equal(FactsJsonRenderer.Render(Sample), FactsJsonRenderer.Render(FactsJsonReader.Read(FactsJsonRenderer.Render(Sample))));
}
