using ConfigAgent.Facts;
using ConfigAgent.Platforms.Aix.Parsing;

namespace ConfigAgent.Platforms.Tests.Aix.Parsing;

public sealed class AixIfconfigParserTests
{
    private static string Summary(IReadOnlyList<InterfaceFacts> interfaces) =>
        string.Join("; ", interfaces.Select(i => $"{i.Name}{(i.IsLoopback ? " loopback" : "")}{(i.IsUp ? "" : " down")}: {string.Join(' ', i.Addresses)}"));

    [Fact]
    public void Aliases_are_read_and_one_printed_without_a_netmask_is_a_host_address()
    {
        var interfaces = AixIfconfigParser.Parse(Sample.Read("aix-ifconfig-a.1.txt"));

        Assert.Equal(
            "en0: 172.29.174.58/18 172.29.174.59/32 172.29.174.60/18 ::1/0; en1: 172.31.10.211/22; lo0 loopback: 127.0.0.1/8 ::1/0",
            Summary(interfaces));
    }

    [Theory]
    [InlineData("aix-ifconfig-a.2.txt", "en0: 10.10.10.102/24 10.10.10.101/24; lo0 loopback: 127.0.0.1/8")]
    [InlineData("aix-ifconfig-a.3.txt", "en4: 10.32.50.60/24 10.32.50.132/24; en5: 10.32.51.156/24 10.32.51.132/24; lo0 loopback: 127.0.0.1/8 ::1/0")]
    [InlineData("aix-ifconfig-a.4.txt", "en0: 129.33.196.193/28; lo0 loopback: 127.0.0.1/8 ::1/64")]
    [InlineData("aix-ifconfig-a.5.txt", "en0: 140.211.9.30/24; lo0 loopback: 127.0.0.1/8 ::1/64")]
    [InlineData("aix-ifconfig-a.tepr2e01.1.txt", "en0: 10.32.50.136/24; en1: 10.32.51.136/24; lo0 loopback: 127.0.0.1/8 ::1/0")]
    public void Every_real_sample_reads_with_its_prompt_lines_skipped(string sample, string expected)
    {
        Assert.Equal(expected, Summary(AixIfconfigParser.Parse(Sample.Read(sample))));
    }

    [Fact]
    public void The_ibm_documentation_listing_of_a_virtual_interface_reads_despite_its_other_indentation()
    {
        var vi0 = Assert.Single(AixIfconfigParser.Parse(Sample.Read("aix-ifconfig-vi0.ibmdocs.1.txt")));

        Assert.Equal(("vi0", true, "10.68.6.1/24"), (vi0.Name, vi0.IsUp, Assert.Single(vi0.Addresses).ToString()));
    }

    [Fact]
    public void Crlf_line_ends_read_alike()
    {
        var text = Sample.Read("aix-ifconfig-a.3.txt");

        Assert.Equal(Summary(AixIfconfigParser.Parse(text)), Summary(AixIfconfigParser.Parse(Sample.Crlf(text))));
    }

    [Fact]
    public void A_loopback_with_several_aliases_keeps_each_with_its_own_netmask()
    {
        // aix-ifconfig-a.2.txt's lo0 with aliases added the way ifconfig prints them (no sample
        // shows a lo0 alias; the README allows deriving one by changing values only).
        var text = """
            lo0: flags=e08084b,c0<UP,BROADCAST,LOOPBACK,RUNNING,SIMPLEX,MULTICAST,GROUPRT,64BIT,LARGESEND,CHAIN>
                    inet 127.0.0.1 netmask 0xff000000 broadcast 127.255.255.255
                    inet 192.168.0.10 netmask 0xffffffff broadcast 192.168.0.10
                    inet 192.168.0.20 netmask 0xffffff00 broadcast 192.168.0.255
                    inet6 ::1%1/64
                    inet6 2001:db8::10/128
                     tcp_sendspace 131072 tcp_recvspace 131072 rfc1323 1
            """;

        Assert.Equal("lo0 loopback: 127.0.0.1/8 192.168.0.10/32 192.168.0.20/24 ::1/64 2001:db8::10/128", Summary(AixIfconfigParser.Parse(text)));
    }

    [Fact]
    public void A_down_interface_is_read_as_down()
    {
        var text = "en2: flags=1e084862,480<BROADCAST,NOTRAILERS,SIMPLEX,MULTICAST,GROUPRT,64BIT,CHECKSUM_OFFLOAD(ACTIVE),CHAIN>\n";

        Assert.Equal("en2 down: ", Summary(AixIfconfigParser.Parse(text)));
    }

    [Theory]
    [InlineData("        inet 192.168.0.300 netmask 0xffffff00")]
    [InlineData("        inet 192.168.0.10 netmask 0xff00ff00")]
    [InlineData("        inet6 2001:db8::zz/64")]
    public void An_address_line_it_cannot_read_is_an_error_not_a_missing_address(string line)
    {
        var text = "en0: flags=1e084863,480<UP,BROADCAST>\n" + line + "\n";

        var error = Assert.Throws<FormatException>(() => AixIfconfigParser.Parse(text));

        Assert.StartsWith("ifconfig output line 2: cannot read the address", error.Message);
    }
}
