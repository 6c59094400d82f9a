using ConfigAgent.Platforms.Windows.Parsing;

namespace ConfigAgent.Platforms.Tests.Windows.Parsing;

public sealed class NetshIpv6AddressesParserTests
{
    [Fact]
    public void Each_table_is_placed_on_its_interface_without_zone_ids()
    {
        var parsed = NetshIpv6AddressesParser.Parse(Sample.Read("windows-netsh-ipv6-show-addresses-table.1.txt"));

        Assert.Equal(
            ["Local Area Connection* 3: fe80::78a9:3abe:7c8f:b5c1", "Loopback Pseudo-Interface 1: ::1", "vEthernet (vWireless): fe80::b47c:bc69:f064:85d9", "vEthernet (Default Switch): fe80::8df7:1b8c:5751:2d4a"],
            parsed.Select(p => $"{p.Key}: {string.Join(' ', p.Value.Select(a => a.Address))}"));
    }

    [Fact]
    public void Prefixes_are_marked_unreported_because_this_listing_has_none()
    {
        var address = NetshIpv6AddressesParser.Parse(Sample.Read("windows-netsh-ipv6-show-addresses-table.1.txt"))["Loopback Pseudo-Interface 1"][0];

        Assert.Equal(["prefix-unreported"], address.Flags);
    }

    [Fact]
    public void A_duplicate_address_is_flagged_as_dad_failed()
    {
        // The Loopback Pseudo-Interface table of the sample with a manual VIP whose DAD state is Duplicate.
        var text = "Interface 11: Loopback\r\n\r\nAddr Type  DAD State   Valid Life Pref. Life Address\r\n"
            + "---------  ----------- ---------- ---------- ------------------------\r\nManual     Duplicate     infinite   infinite 2001:db8::10\r\n";

        Assert.Equal(["prefix-unreported", "dadfailed"], NetshIpv6AddressesParser.Parse(text)["Loopback"][0].Flags);
    }
}
