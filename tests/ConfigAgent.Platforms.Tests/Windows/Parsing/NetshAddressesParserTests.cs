using ConfigAgent.Platforms.Windows.Parsing;

namespace ConfigAgent.Platforms.Tests.Windows.Parsing;

public sealed class NetshAddressesParserTests
{
    private static string Summary(IReadOnlyDictionary<string, IReadOnlyList<ConfigAgent.Facts.AddressFacts>> parsed) =>
        string.Join("; ", parsed.Select(p => $"{p.Key}: {string.Join(' ', p.Value)}"));

    [Fact]
    public void Addresses_are_placed_on_their_interface_and_the_block_without_a_header_is_skipped()
    {
        var parsed = NetshAddressesParser.Parse(Sample.Read("windows-netsh-show-addresses.1.txt"));

        Assert.Equal(
            "Ethernet: ; vEthernet (Default Switch): 172.31.112.1/20; Ethernet 2: 192.168.56.1/24; OpenVPN TAP-Windows6: ; "
            + "OpenVPN Data Channel Offload: 172.16.196.86/30; Local Area Connection* 1: ; Local Area Connection* 10: ; "
            + "Wi-Fi: 198.18.16.50/22; Loopback Pseudo-Interface 1: 127.0.0.1/8",
            Summary(parsed));
    }

    [Theory]
    [InlineData("windows-netsh-show-config.1.txt", "vEthernet (WSL): 172.29.192.1/20")]
    [InlineData("windows-netsh-show-config.2.txt", "Ethernet: ; Local Area Connection* 1: ; Wi-Fi: 10.88.48.68/22; Loopback Pseudo-Interface 1: 127.0.0.1/8")]
    public void Show_config_has_the_same_layout_and_its_gateway_and_dns_lines_are_not_addresses(string sample, string expected)
    {
        Assert.Equal(expected, Summary(NetshAddressesParser.Parse(Sample.Read(sample))));
    }

    [Fact]
    public void Chinese_windows_is_read_by_the_shape_of_its_lines_not_its_labels()
    {
        var parsed = NetshAddressesParser.Parse(Sample.Read("windows-netsh-show-config.zh-CN.1.txt"));

        Assert.Equal(
            "本地连接: ; WLAN: ; 本地连接* 1: ; 本地连接* 2: ; 以太网: 172.17.15.217/24; 蓝牙网络连接: ; Loopback Pseudo-Interface 1: 127.0.0.1/8; "
            + "vEthernet (Default Switch): 172.31.0.1/20; vEthernet (WSL (Hyper-V firewall)): 172.26.64.1/20",
            Summary(parsed));
    }

    [Fact]
    public void Crlf_as_netsh_prints_it_reads_alike()
    {
        var text = Sample.Read("windows-netsh-show-addresses.1.txt");

        Assert.Equal(Summary(NetshAddressesParser.Parse(text)), Summary(NetshAddressesParser.Parse(Sample.Crlf(text))));
    }

    [Fact]
    public void An_adapter_with_several_addresses_keeps_them_all()
    {
        // The "Ethernet 2" block of windows-netsh-show-addresses.1.txt with a second address pair,
        // as netsh lists a VIP added to the adapter.
        var text = """
            Configuration for interface "Loopback"
                DHCP enabled:                         No
                IP Address:                           192.168.0.10
                Subnet Prefix:                        192.168.0.10/32 (mask 255.255.255.255)
                IP Address:                           192.168.0.20
                Subnet Prefix:                        192.168.0.20/32 (mask 255.255.255.255)
                InterfaceMetric:                      254
            """;

        Assert.Equal("Loopback: 192.168.0.10/32 192.168.0.20/32", Summary(NetshAddressesParser.Parse(text)));
    }

    [Fact]
    public void An_address_in_a_block_without_a_header_is_an_error_because_it_cannot_be_placed()
    {
        var text = Sample.Read("windows-netsh-show-addresses.1.txt").Replace(
            "    DHCP enabled:                         No\n    InterfaceMetric:                      5\n",
            "    DHCP enabled:                         No\n    IP Address:                           10.0.0.5\n    Subnet Prefix:                        10.0.0.0/24 (mask 255.255.255.0)\n    InterfaceMetric:                      5\n",
            StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => NetshAddressesParser.Parse(text));

        Assert.Contains("10.0.0.5 is in a block without a 'Configuration for interface' header", error.Message);
    }
}
