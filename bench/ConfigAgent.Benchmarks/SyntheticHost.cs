using System.Net;
using System.Text;
using ConfigAgent.Facts;

namespace ConfigAgent.Benchmarks;

/// <summary>A document of N loopback VIPs and the facts of a host where all of them are in sync.</summary>
internal static class SyntheticHost
{
    public static IPAddress Vip(int i) => new([(byte)10, (byte)(i >> 16), (byte)(i >> 8), (byte)i]);

    public static string Document(int count, bool persisted)
    {
        var text = new StringBuilder("version: 1\nname: bench\nloopback_vips:\n");
        for (var i = 1; i <= count; i++)
        {
            text.Append("  - ").Append(Vip(i)).Append('\n');
        }

        return text.Append(persisted
            ? "linux: {persistence: {addresses: systemd, sysctls: sysctl.d}}\n"
            : "linux: {persistence: {addresses: none, sysctls: none}}\n").ToString();
    }

    public static HostFacts InSync(int count)
    {
        var addresses = new List<AddressFacts> { new(IPAddress.Loopback, 8, "lo", "host") };
        for (var i = 1; i <= count; i++)
        {
            addresses.Add(new AddressFacts(Vip(i), 32, $"lo:{i - 1}", "global"));
        }

        return new HostFacts
        {
            Platform = "linux",
            Hostname = "bench-01",
            Interfaces = [new InterfaceFacts("lo", 1, true, true, null, addresses)],
            Settings = new Dictionary<string, string?>
            {
                ["net.ipv4.conf.all.arp_ignore"] = "1\n",
                ["net.ipv4.conf.all.arp_announce"] = "2\n",
                ["net.ipv4.conf.lo.arp_ignore"] = "1\n",
                ["net.ipv4.conf.lo.arp_announce"] = "2\n",
            },
        };
    }
}
