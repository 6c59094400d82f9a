using System.Net;
using ConfigAgent.IntegrationTests.Lab;
using ConfigAgent.Testing;

namespace ConfigAgent.IntegrationTests.Failover;

/// <summary>
/// The seed's active/standby pair as examples/ha-pair.yaml declares it, in throwaway
/// namespaces: ha-a (172.26.7.11) and ha-b (172.26.7.12), each with eth0 and its hostname, and a
/// client (172.26.7.1), cabled to a bridge in a switch namespace. The addresses are the
/// example's own, not documentation ones (the issue asks for the example as given): they exist
/// only inside these namespaces, whose switch has no uplink. Roots live under /var/tmp, not
/// /tmp: keepalived runs with a /tmp of its host's own, where it writes its state dumps.
/// </summary>
internal sealed class HaLab : IDisposable
{
    public const string Example = "examples/ha-pair.yaml";

    public static readonly IPNetwork Subnet = IPNetwork.Parse("172.26.7.0/24");
    public static readonly IPAddress Vip = IPAddress.Parse("172.26.7.100");
    public static readonly IPAddress ClientAddress = IPAddress.Parse("172.26.7.1");

    /// <summary>How long an election may take on a loaded machine: the master-down interval is 3.6 s.</summary>
    public static readonly TimeSpan Election = TimeSpan.FromSeconds(20);

    private readonly List<IDisposable> _owned = [];
    private readonly DirectoryInfo _directory;

    public HaLab()
    {
        _directory = Directory.CreateDirectory(Path.Combine("/var/tmp", $"configagent-ha-lab-{Guid.NewGuid():N}"[..32]));
        try
        {
            Switch = Own(new NetworkNamespace());
            Client = Own(new NetworkNamespace());
            var bridge = Bridge.Create(Switch);
            ClientNic = Cable(bridge, Client, ClientAddress, "client");
            A = Own(Host(bridge, "ha-a", IPAddress.Parse("172.26.7.11")));
            B = Own(Host(bridge, "ha-b", IPAddress.Parse("172.26.7.12")));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public NetworkNamespace Switch { get; } = null!;

    public NetworkNamespace Client { get; } = null!;

    public VethEnd ClientNic { get; } = null!;

    /// <summary>ha-a: the preferred member.</summary>
    public HaHost A { get; } = null!;

    public HaHost B { get; } = null!;

    public string ExamplePath => Path.Combine(RepositoryPaths.Root, Example);

    /// <summary>Writes a desired-state document into the lab's directory and returns its path.</summary>
    public string Document(string name, string yaml)
    {
        var path = Path.Combine(_directory.FullName, name + ".yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    /// <summary>
    /// Applies <paramref name="document"/> on both members and starts keepalived on ha-a first,
    /// then on ha-b once ha-a is master: the order that makes ha-a hold the VIP.
    /// </summary>
    public void StartPair(string document)
    {
        foreach (var host in new[] { A, B })
        {
            host.Apply(document).AssertExitCode(0);
            Assert.True(File.Exists(host.ConfigurationPath), $"apply wrote no {KeepalivedProcess.ConfigurationOnHost} on {host}");
        }

        A.StartKeepalived().WaitForLine(l => l.Contains("Entering MASTER STATE", StringComparison.Ordinal), Election, "ha-a becomes master");
        B.StartKeepalived().WaitForLine(l => l.Contains("Entering BACKUP STATE", StringComparison.Ordinal), Election, "ha-b starts as backup");
    }

    public void Dispose()
    {
        // Hosts first: their keepalived and agents go before the namespaces they live in.
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            _owned[i].Dispose();
        }

        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover in /var/tmp must not fail the test that made it.
        }
    }

    private static VethEnd Cable(Bridge bridge, NetworkNamespace host, IPAddress address, string port)
    {
        if (!Subnet.Contains(address))
        {
            throw new ArgumentException($"{address} is outside the HA lab's {Subnet}", nameof(address));
        }

        // Attached without addresses (the cable adds documentation ranges only), then given the example's.
        var nic = bridge.Attach(host, HaHost.Nic, [], port);
        host.Ip("addr", "add", $"{address}/{Subnet.PrefixLength}", "dev", HaHost.Nic);
        return nic;
    }

    private HaHost Host(Bridge bridge, string name, IPAddress address)
    {
        var ns = Own(new NetworkNamespace());
        var nic = Cable(bridge, ns, address, name);
        return new HaHost(new HostNamespaces(ns, name), nic, address, _directory.CreateSubdirectory(name).FullName);
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
