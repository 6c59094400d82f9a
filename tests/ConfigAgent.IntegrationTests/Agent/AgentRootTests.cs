using System.Text.Json;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>
/// `root` puts every path of the agent's configuration under it (issue 18, point 5): the
/// desired-state paths and their watcher, the state directory with its ledger, lock, reports,
/// backups and git clone, the log file, the metrics textfile, the templates, and persistence.
/// The configuration names host paths inside a directory that exists on this machine, outside
/// the root: whatever the agent did not put under its root would land there.
/// </summary>
public sealed class AgentRootTests : IDisposable
{
    private const string Marker = "# the lab's template, read from under the agent's root\n";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private readonly AgentLab _lab;
    private readonly string _outside;

    public AgentRootTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new AgentLab();
        _outside = Path.Join(_lab.TemporaryDirectory, "outside");
        Directory.CreateDirectory(_outside);
    }

    public void Dispose() => _lab.Dispose();

    /// <summary>Where a host path of the configuration really is.</summary>
    private string UnderRoot(string hostPath) => _lab.Root + hostPath;

    [Fact]
    public void The_agent_reads_and_writes_every_path_of_its_configuration_under_its_root()
    {
        WriteUnderRoot(_outside + "/desired/web.yaml", Document(AgentDocuments.Vip));
        WriteUnderRoot(_outside + "/templates/linux/sysctl.d.sbn", Marker);
        var agent = _lab.StartAgent(Configuration($"desired_state: {{paths: [{_outside}/desired]}}"));
        var reports = UnderRoot(_outside + "/state/reports");
        WaitFor(agent, () => Reports(reports).Any(r => r.Trigger == "startup"), $"the start-up run's report in {reports}");

        // The watcher watches the directory under the root: a new revision there starts a run.
        var staging = Path.Join(_lab.TemporaryDirectory, "staging.yaml");
        File.WriteAllText(staging, Document(AgentDocuments.OtherVip));
        File.Move(staging, UnderRoot(_outside + "/desired/web.yaml"), overwrite: true);
        // Its own changes are address events too: the run that reads the new file may be theirs.
        WaitFor(agent, () => Reports(reports).Any(r => r.Outcome == "converged" && r.Drifted("address:lo/" + AgentDocuments.OtherVip, "create")), "a run that converges to the changed file");
        agent.Terminate();
        Assert.Equal(0, agent.WaitForExit(Generous));

        Assert.Empty(Directory.EnumerateFileSystemEntries(_outside, "*", SearchOption.AllDirectories));
        Assert.Equal(["agent.yaml", "outside", "root"], Directory.EnumerateFileSystemEntries(_lab.TemporaryDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(
            ["/state/ledger.json", "/state/lock", "/state/last-run.json", "/state/last-good-desired-state.json", "/metrics/configagent.prom"],
            file => Assert.True(File.Exists(UnderRoot(_outside + file)), $"{file} is not under the root"));
        Assert.Single(Directory.GetFiles(UnderRoot(_outside + "/state/backups/etc/sysconfig/network-scripts/ifcfg-lo:0")));
        var log = File.ReadAllText(Assert.Single(Directory.GetFiles(UnderRoot(_outside + "/log"), "agent*.log")));
        Assert.Contains($"WRN] Drift on {AgentLab.Hostname}: address:lo/{AgentDocuments.OtherVip} create (runtime)", log, StringComparison.Ordinal);
        Assert.Contains($"INF] Desired state changed on disk: {UnderRoot(_outside + "/desired/web.yaml")}\n", log, StringComparison.Ordinal);
        Assert.Equal(Marker, File.ReadAllText(UnderRoot("/etc/sysctl.d/90-configagent.conf")));
        Assert.Contains($"IPADDR={AgentDocuments.OtherVip}\n", File.ReadAllText(UnderRoot("/etc/sysconfig/network-scripts/ifcfg-lo:0")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_git_clone_lies_in_the_state_directory_under_the_root()
    {
        using var remote = new LabGitRemote();
        var commit = remote.Commit(Document(AgentDocuments.Vip));
        WriteUnderRoot(_outside + "/templates/linux/sysctl.d.sbn", Marker);

        var run = _lab.RunOnce(Configuration($"desired_state: {{git: {{url: '{remote.Bare}', branch: main, path: hosts}}}}"));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_outside, "*", SearchOption.AllDirectories));
        Assert.True(File.Exists(UnderRoot(_outside + "/state/git/HEAD")), "no git clone under the root");
        using var report = JsonDocument.Parse(File.ReadAllText(UnderRoot(_outside + "/state/last-run.json")));
        Assert.Equal(commit, report.RootElement.GetProperty("commit").GetString());
    }

    private static string Document(string vip) => $$"""
        version: 1
        name: dsr-realserver
        loopback_vips:
          - {{vip}}
        linux:
          persistence: {addresses: network-scripts, sysctls: sysctl.d}

        """;

    private string Configuration(string desiredState) => $$"""
        version: 1
        {{desiredState}}
        mode: enforce
        schedule: {interval: 1h, splay: 0ms}
        events: {addresses: true, debounce: 200ms}
        root: {{_lab.Root}}
        state_directory: {{_outside}}/state
        host: {hostname: {{AgentLab.Hostname}}}
        templates: {{_outside}}/templates
        logging: {level: information, format: text, file: {{_outside}}/log/agent.log}
        metrics: {textfile: {{_outside}}/metrics/configagent.prom}

        """;

    private static void WaitFor(AgentProcess agent, Func<bool> condition, string what)
    {
        try
        {
            Wait.Until(condition, Generous, what);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n{agent.Transcript}", e);
        }
    }

    private void WriteUnderRoot(string hostPath, string text)
    {
        var path = UnderRoot(hostPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static IReadOnlyList<AgentReport> Reports(string directory)
    {
        var reports = new List<AgentReport>();
        foreach (var path in Directory.Exists(directory) ? Directory.GetFiles(directory, "*.json") : [])
        {
            try
            {
                reports.Add(AgentReport.Read(path));
            }
            catch (FileNotFoundException)
            {
                // Pruned between the listing and the read.
            }
        }

        return reports;
    }
}
