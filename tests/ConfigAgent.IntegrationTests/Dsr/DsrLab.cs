using System.Net;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Dsr;

/// <summary>
/// The seed's one-arm DSR layout mapped into 192.0.2.0/24, in throwaway namespaces: a client
/// (standing in for the clients and the L4 balancer, which forwards to a real server by MAC)
/// and two real servers, cabled to a bridge in a switch namespace. Each real server gets its own
/// temporary --root, deleted with the lab.
/// </summary>
internal sealed class DsrLab : IDisposable
{
    public const string VipText = "192.0.2.10";

    public static readonly IPAddress Vip = IPAddress.Parse(VipText);
    public static readonly IPAddress ClientAddress = IPAddress.Parse("192.0.2.1");

    private readonly List<IDisposable> _namespaces = [];
    private readonly DirectoryInfo _directory;

    public DsrLab()
    {
        _directory = Directory.CreateTempSubdirectory("configagent-dsr-lab-");
        try
        {
            Switch = Add(new NetworkNamespace());
            Client = Add(new NetworkNamespace());
            var rs1 = Add(new NetworkNamespace());
            var rs2 = Add(new NetworkNamespace());
            var bridge = Bridge.Create(Switch);
            ClientNic = bridge.Attach(Client, "eth0", ["192.0.2.1/24", "2001:db8::1/64"], "client");
            Rs1 = new RealServer(bridge.Attach(rs1, "eth0", ["192.0.2.11/24", "2001:db8::11/64"], "rs1"), IPAddress.Parse("192.0.2.11"), Root("rs1"));
            Rs2 = new RealServer(bridge.Attach(rs2, "eth0", ["192.0.2.12/24", "2001:db8::12/64"], "rs2"), IPAddress.Parse("192.0.2.12"), Root("rs2"));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public NetworkNamespace Switch { get; }

    public NetworkNamespace Client { get; }

    public VethEnd ClientNic { get; }

    public RealServer Rs1 { get; }

    public RealServer Rs2 { get; }

    /// <summary>Writes a desired-state document into the lab's directory and returns its path.</summary>
    public string Document(string name, string yaml)
    {
        var path = Path.Combine(_directory.FullName, name + ".yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    /// <summary>An ARP probe on the client's NIC, asking as 192.0.2.1.</summary>
    public ArpProbe ArpProbe() => Lab.ArpProbe.Open(ClientNic, ClientAddress);

    public void Dispose()
    {
        foreach (var ns in _namespaces)
        {
            ns.Dispose();
        }

        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover in /tmp must not fail the test that made it.
        }
    }

    private NetworkNamespace Add(NetworkNamespace ns)
    {
        _namespaces.Add(ns);
        return ns;
    }

    private string Root(string name) => _directory.CreateSubdirectory(name).FullName;
}
