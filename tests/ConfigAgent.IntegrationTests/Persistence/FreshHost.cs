using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// A namespace standing for a host just powered on: the kernel's own defaults, lo up, and the
/// NIC the HA VIP lives on, under the same name the host had before. No VIP, no sysctl set.
/// </summary>
internal sealed class FreshHost : IDisposable
{
    /// <summary>
    /// A new namespace copies net.ipv4.conf.{all,default} and so ip_forward from the machine's
    /// own namespace (devconf_inherit_init_net=0, Documentation/admin-guide/sysctl/net.rst), and
    /// lo copies default: a CI runner with Docker forwards. A kernel that boots starts from the
    /// compiled defaults, so the lab sets them before the NIC exists, and the NIC inherits them.
    /// </summary>
    private static readonly string[] BootDefaults =
    [
        "net.ipv4.ip_forward=0",
        .. new[] { "all", "default", "lo" }.SelectMany(scope => new[] { "arp_ignore", "arp_announce", "rp_filter" }
            .Select(key => $"net.ipv4.conf.{scope}.{key}=0")),
    ];

    private bool _disposed;

    private FreshHost(NetworkNamespace ns) => Namespace = ns;

    public NetworkNamespace Namespace { get; }

    public static FreshHost PowerOn()
    {
        var ns = new NetworkNamespace();
        try
        {
            ns.Exec("sysctl", ["-q", "-w", .. BootDefaults]);
            ns.Ip("link", "set", "lo", "up");
            ns.Ip("link", "add", RebootDocument.Nic, "type", "veth", "peer", "name", RebootDocument.Nic + "-peer");
            ns.Ip("link", "set", RebootDocument.Nic, "up");
            return new FreshHost(ns);
        }
        catch
        {
            ns.Dispose();
            throw;
        }
    }

    /// <summary>The addresses in the documentation ranges, the only ones the lab's desired state holds.</summary>
    public IReadOnlyList<IpJsonAddress> Vips() =>
        [.. IpJson.Addresses(Namespace.Ip("-j", "addr", "show")).Where(a => DocumentationRanges.Contains(a.Address))];

    public string Sysctl(string name) => Namespace.Exec("sysctl", "-n", name).Trim();

    /// <summary>Every IPv4 interface setting and ip_forward, as `sysctl -a` prints them: to show that nothing changed.</summary>
    public string Ipv4Sysctls() => Namespace.Exec("sysctl", "-a", "-r", @"^net\.ipv4\.(ip_forward|conf\.)");

    /// <summary>Deletes the namespace; a second call (the test's and the lab's) does nothing.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            Namespace.Dispose();
        }
    }
}
