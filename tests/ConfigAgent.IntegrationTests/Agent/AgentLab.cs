using System.Diagnostics;
using System.Net;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>
/// One host for the agent: a throwaway namespace (lo up) and a temporary directory holding the
/// agent's root (the state directory, metrics, the desired-state directory the agent watches and
/// its log files, each at its host path under the root) and its configuration. Every agent
/// started here is killed with the lab.
/// </summary>
internal sealed class AgentLab : IDisposable
{
    public const string Hostname = "rs1";
    public const string DesiredDirectoryOnHost = "/etc/configagent/desired";
    public const string LogDirectoryOnHost = "/var/log/configagent";
    private const string StateDirectoryOnHost = "/var/lib/configagent";

    private readonly DirectoryInfo _directory;
    private readonly List<AgentProcess> _agents = [];

    /// <param name="parent">Where the lab's directory goes (the system's temporary directory by default).</param>
    public AgentLab(string? parent = null)
    {
        _directory = parent is null
            ? Directory.CreateTempSubdirectory("configagent-agent-lab-")
            : Directory.CreateDirectory(Path.Join(parent, "configagent-agent-lab-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4))));
        try
        {
            Namespace = new NetworkNamespace();
            Namespace.Ip("link", "set", "lo", "up");
            Directory.CreateDirectory(DesiredDirectory);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public NetworkNamespace Namespace { get; } = null!;

    public string Root => Path.Combine(_directory.FullName, "root");

    /// <summary>The lab's temporary directory, outside its root.</summary>
    public string TemporaryDirectory => _directory.FullName;

    public string DesiredDirectory => Root + DesiredDirectoryOnHost;

    public string DesiredPath => Path.Combine(DesiredDirectory, "realserver.yaml");

    public string ConfigurationPath => Path.Combine(_directory.FullName, "agent.yaml");

    public string LogDirectory => Root + LogDirectoryOnHost;

    public string StateDirectory => Root + StateDirectoryOnHost;

    public string LastRunPath => Path.Combine(StateDirectory, "last-run.json");

    public string LedgerPath => Path.Combine(StateDirectory, "ledger.json");

    /// <summary>
    /// Replaces the desired-state file in one rename, as a deployment tool (or git checkout) does:
    /// the agent's watcher must never read it half-written.
    /// </summary>
    public void WriteDesiredState(string yaml)
    {
        var staging = Path.Combine(_directory.FullName, "staging.yaml");
        File.WriteAllText(staging, yaml);
        File.Move(staging, DesiredPath, overwrite: true);
    }

    public void Configure(AgentSettings settings) =>
        File.WriteAllText(ConfigurationPath, settings.Render(DesiredDirectoryOnHost, Root, Hostname));

    /// <summary>Writes the configuration and starts the agent in the background.</summary>
    public AgentProcess StartAgent(AgentSettings settings)
    {
        Configure(settings);
        var agent = AgentProcess.Start(Namespace, ConfigurationPath);
        _agents.Add(agent);
        return agent;
    }

    /// <summary>Starts the agent with a configuration written out in full.</summary>
    public AgentProcess StartAgent(string configuration)
    {
        File.WriteAllText(ConfigurationPath, configuration);
        var agent = AgentProcess.Start(Namespace, ConfigurationPath);
        _agents.Add(agent);
        return agent;
    }

    /// <summary>Starts the agent as systemd does (<see cref="AgentProcess.StartAsService"/>).</summary>
    public AgentProcess StartAgentAsService(AgentSettings settings, IReadOnlyDictionary<string, string> environment)
    {
        Configure(settings);
        var agent = AgentProcess.StartAsService(Namespace, ConfigurationPath, environment);
        _agents.Add(agent);
        return agent;
    }

    public CliInNamespaceResult RunOnce(AgentSettings settings)
    {
        Configure(settings);
        return CliInNamespace.Run(Namespace, "agent", "--config", ConfigurationPath, "--once");
    }

    public CliInNamespaceResult RunOnce(string configuration)
    {
        File.WriteAllText(ConfigurationPath, configuration);
        return CliInNamespace.Run(Namespace, "agent", "--config", ConfigurationPath, "--once");
    }

    public CliInNamespaceResult Status(params IReadOnlyList<string> options) =>
        CliInNamespace.Run(Namespace, ["status", "--root", Root, .. options]);

    public CliInNamespaceResult Apply(string document) =>
        CliInNamespace.Run(Namespace, "apply", document, "--root", Root);

    public CliInNamespaceResult Plan(string document) =>
        CliInNamespace.Run(Namespace, "plan", document, "--root", Root, "--format", "json", "--detailed-exitcode");

    /// <summary>The last run's report, or null before the first run has finished.</summary>
    public AgentReport? LastReport() => File.Exists(LastRunPath) ? AgentReport.Read(LastRunPath) : null;

    /// <summary>Every report in the history, oldest first (the file names start with the run's start time).</summary>
    public IReadOnlyList<AgentReport> History()
    {
        var directory = Path.Combine(StateDirectory, "reports");
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var reports = new List<AgentReport>();
        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                reports.Add(AgentReport.Read(path));
            }
            catch (FileNotFoundException)
            {
                // Pruned by the agent between the listing and the read.
            }
        }

        return reports;
    }

    /// <summary>Waits for a report in the history that matches; fails with the history and the agent's output.</summary>
    public AgentReport WaitForReport(Func<AgentReport, bool> match, TimeSpan timeout, string what, AgentProcess? agent = null) =>
        WaitForReports(match, 1, timeout, what, agent)[0];

    /// <summary>Waits for at least <paramref name="count"/> matching reports and returns all of them, oldest first.</summary>
    public IReadOnlyList<AgentReport> WaitForReports(Func<AgentReport, bool> match, int count, TimeSpan timeout, string what, AgentProcess? agent = null)
    {
        IReadOnlyList<AgentReport> found = [];
        try
        {
            Wait.Until(() => (found = [.. History().Where(match)]).Count >= count, timeout, what);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\nreports:\n  {string.Join("\n  ", History())}\n{agent?.Transcript}", e);
        }

        return found;
    }

    /// <summary>
    /// Waits until no run has reported for <paramref name="quiet"/>. A change the agent makes
    /// itself is also an address notification, which starts one more run after the debounce:
    /// a test that needs the next run to be started by something else waits for that one first.
    /// </summary>
    public void WaitUntilQuiet(TimeSpan quiet, TimeSpan timeout)
    {
        var count = History().Count;
        var since = Stopwatch.StartNew();
        Wait.Until(
            () =>
            {
                var now = History().Count;
                if (now != count)
                {
                    (count, since) = (now, Stopwatch.StartNew());
                }

                return since.Elapsed >= quiet;
            },
            timeout,
            $"no run for {quiet.TotalSeconds} s");
    }

    public IReadOnlyList<IPAddress> LoopbackAddresses() =>
        [.. IpJson.Addresses(Namespace.Ip("-j", "addr", "show", "dev", "lo")).Select(a => a.Address)];

    public bool HoldsOnLoopback(string address) => LoopbackAddresses().Contains(IPAddress.Parse(address));

    /// <summary>Reads a sysctl on the namespace's thread: the kernel answers for that namespace.</summary>
    public string Sysctl(string name) => Namespace.Run(() => File.ReadAllText(ProcPath(name)).Trim());

    public void SetSysctl(string name, string value) => Namespace.Run(() => File.WriteAllText(ProcPath(name), value));

    public void Dispose()
    {
        foreach (var agent in _agents)
        {
            agent.Dispose();
        }

        Namespace?.Dispose();
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover in /tmp must not fail the test that made it.
        }
    }

    // The lab's interface names have no dots, so the sysctl name maps to its /proc/sys path one to one.
    private static string ProcPath(string name) => "/proc/sys/" + name.Replace('.', '/');
}
