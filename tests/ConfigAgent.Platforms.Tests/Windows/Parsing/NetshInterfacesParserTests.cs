using ConfigAgent.Platforms.Windows.Parsing;

namespace ConfigAgent.Platforms.Tests.Windows.Parsing;

public sealed class NetshInterfacesParserTests
{
    private static List<string> Names(string sample) => [.. NetshInterfacesParser.Parse(Sample.Read(sample)).Select(i => i.Name)];

    [Theory]
    [InlineData("windows-netsh-show-interfaces.1.txt", "Loopback Pseudo-Interface 1|LAN 1 - 192.168.10.x|iSCSI 1 - 10.1.10.x")]
    [InlineData("windows-netsh-show-interfaces.2.txt", "Loopback Pseudo-Interface 1|Local Area Connection")]
    [InlineData("windows-netsh-show-interfaces.3.txt", "Loopback Pseudo-Interface 1|Wi-Fi|Local Area Connection* 1|Bluetooth Network Connection|Local Area Connection* 2|Ethernet 2|vEthernet (Default Switch)|vEthernet (WSL)")]
    [InlineData("windows-netsh-show-interfaces.4.txt", "Loopback Pseudo-Interface 1|Wi-Fi|Local Area Connection* 1|Bluetooth Network Connection|Local Area Connection* 2|Ethernet 2|vEthernet (Default Switch)|vEthernet (WSL)")]
    [InlineData("windows-netsh-show-interfaces.5.txt", "Ethernet|Loopback Pseudo-Interface 1|vowire hosting|vEthernet (Internal Ethernet Port Windows Phone Emulator Internal Switch)|vEthernet (VirtualBox Host-Only Ethernet Adapter Virtual Switch)")]
    [InlineData("windows-netsh-show-interfaces.6.txt", "Loopback Pseudo-Interface 1|HMA VPN Wintun|OpenVPN Data Channel Offload for Surfshark|Ethernet 2")]
    [InlineData("windows-netsh-show-interfaces.7.txt", "Loopback Pseudo-Interface 1|Ethernet0|Ethernet1")]
    [InlineData("windows-netsh-show-interfaces.fr-FR.1.txt", "Loopback Pseudo-Interface 1|Ethernet0|Connexion réseau Bluetooth")]
    [InlineData("windows-netsh-show-interfaces.server1803.1.txt", "Loopback Pseudo-Interface 1|vEthernet (nat)|vEthernet (Ethernet0)")]
    [InlineData("windows-netsh-show-interfaces.server2022.1.txt", "Loopback Pseudo-Interface 1|Ethernet|Ethernet 3")]
    public void Every_sample_reads_by_position_whatever_its_spacing_language_or_surrounding_commands(string sample, string names)
    {
        Assert.Equal(names.Split('|'), Names(sample));
    }

    [Fact]
    public void Numbers_and_state_are_read_from_their_columns()
    {
        var rows = NetshInterfacesParser.Parse(Sample.Read("windows-netsh-show-interfaces.3.txt"));

        Assert.Equal(
            ["1 75 4294967295 connected", "8 35 1500 connected", "18 25 1500 disconnected", "21 4000 1390 connected", "30 5000 1500 connected"],
            rows.Where(r => r.Index is 1 or 8 or 18 or 21 or 30).Select(r => $"{r.Index} {r.Metric} {r.Mtu} {r.State}"));
        Assert.True(rows[0].IsPseudoLoopback);
        Assert.False(rows[2].IsConnected);
    }

    [Fact]
    public void Crlf_as_netsh_prints_it_reads_alike()
    {
        var text = Sample.Read("windows-netsh-show-interfaces.server1803.1.txt");

        Assert.Equal(NetshInterfacesParser.Parse(text), NetshInterfacesParser.Parse(Sample.Crlf(text)));
    }

    [Fact]
    public void A_seed_style_name_in_another_script_is_kept_whole()
    {
        // The seed's loopback connection is named "이더넷" (Korean Windows' "Ethernet").
        var text = Sample.Read("windows-netsh-show-interfaces.server2022.1.txt").Replace("Ethernet 3", "이더넷", StringComparison.Ordinal);

        Assert.Equal("이더넷", NetshInterfacesParser.Parse(text)[^1].Name);
    }
}
