using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ConfigAgent.Testing;

/// <summary>What a <see cref="FakeAixHost"/> prints, in the layout of the real AIX samples.</summary>
internal static class FakeAixOutput
{
    public static string Interface(FakeAixInterface nic)
    {
        var text = new StringBuilder($"{nic.Name}: flags={nic.Flags}\n");
        foreach (var (address, prefix) in nic.Addresses)
        {
            if (address.AddressFamily == AddressFamily.InterNetworkV6)
            {
                text.Append($"        inet6 {address}{(address.Equals(IPAddress.IPv6Loopback) ? "%1" : "")}/{prefix}\n");
                continue;
            }

            var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
            var bytes = address.GetAddressBytes();
            var value = ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
            var broadcast = value | ~mask;
            text.Append($"        inet {address} netmask 0x{mask:x8} broadcast {new IPAddress([(byte)(broadcast >> 24), (byte)(broadcast >> 16), (byte)(broadcast >> 8), (byte)broadcast])}\n");
        }

        text.Append(nic.IsLoopback
            ? "         tcp_sendspace 131072 tcp_recvspace 131072 rfc1323 1\n"
            : "         tcp_sendspace 262144 tcp_recvspace 262144 rfc1323 1\n");
        return text.ToString();
    }

    public static string Routes(FakeAixHost host)
    {
        var text = new StringBuilder("Routing tables\nDestination        Gateway           Flags   Refs     Use  If   Exp  Groups\n\nRoute Tree for Protocol Family 2 (Internet):\n");
        foreach (var nic in host.Interfaces.Where(n => !n.IsLoopback))
        {
            foreach (var (address, prefix) in nic.Addresses.Where(a => a.Address.AddressFamily == AddressFamily.InterNetwork))
            {
                text.Append(Row(NetworkDestination(address, prefix), address.ToString(), "U", nic.Name));
            }
        }

        foreach (var nic in host.Interfaces)
        {
            foreach (var (address, _) in nic.Addresses.Where(a => a.Address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a.Address)))
            {
                text.Append(Row(address.ToString(), "127.0.0.1", "UGHS", "lo0"));
            }
        }

        foreach (var (destination, gateway) in host.LoopbackNetworkRoutes)
        {
            text.Append(Row(destination, gateway, "U", "lo0"));
        }

        text.Append(Row("127/8", "127.0.0.1", "U", "lo0"));
        text.Append("\nRoute Tree for Protocol Family 24 (Internet v6):\n");
        text.Append(Row("::1%1", "::1%1", "UH", "lo0"));
        return text.ToString();
    }

    /// <summary>A network as netstat prints it: without its trailing zero octets (192.0.2/24, 127/8).</summary>
    public static string NetworkDestination(IPAddress address, int prefix)
    {
        var bytes = address.GetAddressBytes();
        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        var network = (((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3]) & mask;
        var octets = new[] { network >> 24, (network >> 16) & 0xff, (network >> 8) & 0xff, network & 0xff }.ToList();
        while (octets.Count > 1 && octets[^1] == 0)
        {
            octets.RemoveAt(octets.Count - 1);
        }

        return $"{string.Join('.', octets)}/{prefix}";
    }

    private static string Row(string destination, string gateway, string flags, string nic) =>
        $"{destination,-18} {gateway,-17} {flags,-6} {0,5} {0,9} {nic,-4}     -      -\n";
}
