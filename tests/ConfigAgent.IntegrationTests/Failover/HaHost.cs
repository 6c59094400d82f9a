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

    /// <summary>The failover group as `plan --format json` reports it now.</summary>
    public ReportedGroup PlanGroup(string document)
    {
        var run = Plan(document, "--format", "json");
        Assert.True(run.ExitCode == 0, $"plan on {Name} exited {run.ExitCode}\n{run.Output}\n{run.Error}");
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        return Assert.Single(ReportedGroup.ReadAll(json.RootElement));
    }

    /// <summary>
    /// Writes the agent's configuration for this host (enforce, every second, kernel events on,
    /// <paramref name="document"/> copied into its desired-state directory under the root, the
    /// hostname its own) and returns its path.
    /// </summary>
    public string ConfigureAgent(string document)
    {
        const string DesiredDirectory = "/etc/configagent/desired";
        Directory.CreateDirectory(Root + DesiredDirectory);
        File.Copy(document, Root + DesiredDirectory + "/" + Path.GetFileName(document), overwrite: true);
        var path = Path.Combine(Root, "agent.yaml");
        File.WriteAllText(path, $"""
            version: 1
            desired_state:
              paths: [{DesiredDirectory}]
            mode: enforce
            schedule:
              interval: 1s
              splay: 0ms
            events:
              addresses: true
              debounce: 200ms
            root: {Root}
            logging:
              level: information
              format: text

            """);
        return path;
    }

    /// <summary>Every run report of the agent on this host, oldest first.</summary>
    public IReadOnlyList<FailoverRunReport> Reports()
    {
        var directory = Path.Combine(Root, "var/lib/configagent/reports");
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var reports = new List<FailoverRunReport>();
        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                reports.Add(FailoverRunReport.Read(path));
            }
            catch (FileNotFoundException)
            {
                // Pruned by the agent between the listing and the read.
            }
        }

        return reports;
    }

    /// <summary>Waits for a report that matches; fails with the last reports and the agent's output.</summary>
    public FailoverRunReport WaitForReport(Func<FailoverRunReport, bool> match, TimeSpan timeout, string what, AgentProcess agent)
    {
        FailoverRunReport? found = null;
        try
        {
            Wait.Until(() => (found = Reports().LastOrDefault(match)) is not null, timeout, $"{what} (on {Name})");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\nreports:\n  {string.Join("\n  ", Reports().TakeLast(15))}\n{agent.Transcript}\n{Keepalived?.Transcript}", e);
        }

        return found!;
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
