using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ConfigAgent.Testing;

/// <summary>What a <see cref="FakeWindowsHost"/> prints: the netsh layouts of the real samples, with CRLF line ends.</summary>
internal static class FakeWindowsOutput
{
    public static string Interfaces(IEnumerable<FakeWindowsAdapter> adapters, bool french)
    {
        var text = new StringBuilder("\n");
        text.Append(french ? "Idx     Mét         MTU          État                Nom\n" : "Idx     Met         MTU          State                Name\n");
        text.Append("---  ----------  ----------  ------------  ---------------------------\n");
        foreach (var a in adapters)
        {
            text.Append($"{a.Index,3}  {a.Metric,10}  {a.Mtu,10}  {(a.Connected ? "connected" : "disconnected"),-12}  {a.Name}\n");
        }

        return Crlf(text.Append('\n'));
    }

    public static string Ipv4Addresses(IEnumerable<FakeWindowsAdapter> adapters)
    {
        var text = new StringBuilder();
        foreach (var a in adapters)
        {
            text.Append($"\nConfiguration for interface \"{a.Name}\"\n");
            var addresses = a.Addresses.Where(x => x.Address.AddressFamily == AddressFamily.InterNetwork).ToList();
            text.Append(Field("DHCP enabled:", addresses.Count == 0 ? "Yes" : "No"));
            foreach (var (address, prefix, _) in addresses)
            {
                var mask = Mask(prefix);
                text.Append(Field("IP Address:", address.ToString()));
                text.Append(Field("Subnet Prefix:", $"{Network(address, mask)}/{prefix} (mask {mask})"));
            }

            text.Append(Field("InterfaceMetric:", a.Metric.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Crlf(text);
    }

    public static string Ipv6Addresses(IEnumerable<FakeWindowsAdapter> adapters)
    {
        var text = new StringBuilder();
        foreach (var a in adapters)
        {
            var addresses = a.Addresses.Where(x => x.Address.AddressFamily == AddressFamily.InterNetworkV6).ToList();
            if (addresses.Count == 0)
            {
                continue;
            }

            text.Append($"\nInterface {a.Index}: {a.Name}\n\n");
            text.Append("Addr Type  DAD State   Valid Life Pref. Life Address\n");
            text.Append("---------  ----------- ---------- ---------- ------------------------\n");
            foreach (var (address, _, _) in addresses)
            {
                var type = a.IsPseudoLoopback ? "Other" : "Manual";
                text.Append($"{type,-9}  {"Preferred",-11} {"infinite",10} {"infinite",10} {address}\n");
            }
        }

        return Crlf(text);
    }

    public static string Detail(FakeWindowsAdapter a, string family) => Crlf(new StringBuilder($"""

        Interface {a.Name} Parameters
        ----------------------------------------------
        IfLuid                             : {(a.IsPseudoLoopback ? "loopback_0" : $"ethernet_{32767 + a.Index}")}
        IfIndex                            : {a.Index}
        State                              : {(a.Connected ? "connected" : "disconnected")}
        Metric                             : {a.Metric}
        Link MTU                           : {a.Mtu} bytes
        Reachable Time                     : 30500 ms
        Base Reachable Time                : 30000 ms
        Retransmission Interval            : 1000 ms
        DAD Transmits                      : 3
        Site Prefix Length                 : 64
        Site Id                            : 1
        Forwarding                         : disabled
        Advertising                        : disabled
        Neighbor Discovery                 : enabled
        Neighbor Unreachability Detection  : enabled
        Router Discovery                   : dhcp
        Managed Address Configuration      : enabled
        Other Stateful Configuration       : enabled
        Weak Host Sends                    : {a.Parameters[$"{family}.weakhostsend"]}
        Weak Host Receives                 : {a.Parameters[$"{family}.weakhostreceive"]}
        Use Automatic Metric               : enabled
        Ignore Default Routes              : disabled
        Advertised Router Lifetime         : 1800 seconds
        Advertise Default Route            : disabled
        Current Hop Limit                  : 0
        Force ARPND Wake up patterns       : disabled
        Directed MAC Wake up patterns      : disabled
        ECN capability                     : application
        RA Based DNS Config (RFC 6106)     : disabled
        DHCP/Static IP coexistence         : disabled


        """));

    public static int? PrefixOf(IPAddress mask)
    {
        for (var prefix = 0; prefix <= 32; prefix++)
        {
            if (Mask(prefix).Equals(mask))
            {
                return prefix;
            }
        }

        return null;
    }

    private static IPAddress Mask(int prefix)
    {
        var bits = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        return new IPAddress([(byte)(bits >> 24), (byte)(bits >> 16), (byte)(bits >> 8), (byte)bits]);
    }

    private static IPAddress Network(IPAddress address, IPAddress mask) =>
        new([.. address.GetAddressBytes().Zip(mask.GetAddressBytes(), (a, m) => (byte)(a & m))]);

    private static string Field(string label, string value) => $"    {label,-38}{value}\n";

    private static string Crlf(StringBuilder text) => text.ToString().Replace("\n", "\r\n", StringComparison.Ordinal);
}
