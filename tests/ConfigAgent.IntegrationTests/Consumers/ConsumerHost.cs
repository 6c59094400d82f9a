using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>
/// A throwaway namespace with lo up and the NICs the consumer cases name: eth0 (the examples),
/// a dotted VLAN-style name and a dashed bridge-style one (the hostile document). Each is one end
/// of a veth pair whose other end stays in the namespace too: nothing reaches the machine.
/// </summary>
internal sealed class ConsumerHost : IDisposable
{
    public const string Eth0 = "eth0";
    public const string Dotted = "eth0.100";
    public const string Dashed = "br-lan";

    private ConsumerHost(NetworkNamespace ns) => Namespace = ns;

    public NetworkNamespace Namespace { get; }

    public static ConsumerHost PowerOn()
    {
        LabGuard.RequireNamespaces();
        var ns = new NetworkNamespace();
        try
        {
            ns.Ip("link", "set", "lo", "up");
            foreach (var nic in (string[])[Eth0, Dotted, Dashed])
            {
                ns.Ip("link", "add", nic, "type", "veth", "peer", "name", nic + "-peer");
                ns.Ip("link", "set", nic, "up");
            }

            return new ConsumerHost(ns);
        }
        catch
        {
            ns.Dispose();
            throw;
        }
    }

    /// <summary>`ip -o addr show`, one line per address: what a person checks after a boot.</summary>
    public string Addresses() => Namespace.Ip("-o", "addr", "show");

    public void Dispose() => Namespace.Dispose();
}
