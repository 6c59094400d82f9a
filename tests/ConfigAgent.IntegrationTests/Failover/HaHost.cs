using System.Diagnostics;
using System.Net;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Failover;

/// <summary>
/// One member of the HA pair: its namespaces (network, hostname, its own /tmp and /run), its NIC
/// eth0 on the lab's switch, its --root, configagent run there as an operator runs it, and the
/// keepalived processes started there. The independent views the tests check the product
/// against: ip's JSON for the addresses, keepalived's own log for its states.
/// </summary>
internal sealed class HaHost : IDisposable
{
    public const string Nic = "eth0";

    private static readonly TimeSpan CliTimeout = TimeSpan.FromSeconds(60);

    private readonly List<KeepalivedProcess> _keepaliveds = [];
    private readonly List<AgentProcess> _agents = [];

    public HaHost(HostNamespaces namespaces, VethEnd nic, IPAddress address, string root)
    {
        Namespaces = namespaces;
        Link = nic;
        Address = address;
        Root = root;
    }

    public string Name => Namespaces.Hostname;

    public HostNamespaces Namespaces { get; }

    public NetworkNamespace Namespace => Link.Namespace;

    public VethEnd Link { get; }

    public string Mac => Link.Mac;

    public IPAddress Address { get; }

    public string Root { get; }

    public string ConfigurationPath => Root + KeepalivedProcess.ConfigurationOnHost;

    /// <summary>The keepalived started last, if any.</summary>
    public KeepalivedProcess? Keepalived => _keepaliveds.LastOrDefault();

    /// <summary>Runs configagent on this host (its hostname, its network) and waits for it.</summary>
    public CliInNamespaceResult Run(params IReadOnlyList<string> arguments)
    {
        var start = Namespaces.Adopt(CliInNamespace.StartInfo(Namespace, arguments));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("nsenter did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CliTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"configagent {string.Join(' ', arguments)} on {Name} did not finish within {CliTimeout.TotalSeconds} s");
        }

        process.WaitForExit();
        return new CliInNamespaceResult(arguments, process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    public CliInNamespaceResult Apply(string document, params IReadOnlyList<string> options) => Run(["apply", document, "--root", Root, .. options]);

    public CliInNamespaceResult Plan(string document, params IReadOnlyList<string> options) => Run(["plan", document, "--root", Root, .. options]);

    /// <summary>Starts keepalived on the configuration ConfigAgent rendered under this host's root.</summary>
    public KeepalivedProcess StartKeepalived()
    {
        var keepalived = KeepalivedProcess.Start(Namespaces, Root);
        _keepaliveds.Add(keepalived);
        return keepalived;
    }

    /// <summary>Starts the agent on this host with the configuration at <paramref name="configuration"/>.</summary>
    public AgentProcess StartAgent(string configuration)
    {
        string[] arguments = ["agent", "--config", configuration];
        var agent = AgentProcess.Start($"configagent {string.Join(' ', arguments)} (on {Name})", Namespaces.Adopt(CliInNamespace.StartInfo(Namespace, arguments)));
        _agents.Add(agent);
        return agent;
    }

    public bool Holds(IPAddress address) =>
        IpJson.Addresses(Namespace.Ip("-j", "addr", "show", "dev", Nic)).Any(a => a.Address.Equals(address));

    public void Dispose()
    {
        foreach (var agent in _agents)
        {
            agent.Dispose();
        }

        foreach (var keepalived in _keepaliveds)
        {
            keepalived.Dispose();
        }

        Namespaces.Dispose();
    }

    public override string ToString() => Name;
}
