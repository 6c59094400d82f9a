using ConfigAgent.IntegrationTests.Agent;
using ConfigAgent.IntegrationTests.Lab;
using ConfigAgent.IntegrationTests.Persistence;

namespace ConfigAgent.IntegrationTests.Safety;

/// <summary>
/// Issue 17 point 6 through the binary: a link planted under the agent's root and pointing out of
/// it, at each place a run writes (the state directory with the ledger, reports, lock and last good
/// desired state; the backups; the metrics; an artefact's directory; an artefact; /etc itself).
/// One agent run writes all of them; the directory the links point at is byte for byte as before.
/// </summary>
public sealed class PlantedLinkTests : IDisposable
{
    private const string Textfile = "/var/lib/node_exporter/configagent.prom";

    private readonly AgentLab _lab;

    public PlantedLinkTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new AgentLab();
        _lab.WriteDesiredState(AgentDocuments.RealServer().Replace("persistence: {addresses: none, sysctls: none}", "persistence: {addresses: network-scripts, sysctls: sysctl.d}", StringComparison.Ordinal));

        // Something to back up: a drop-in ConfigAgent replaces.
        Directory.CreateDirectory(_lab.Root + "/etc/sysctl.d");
        File.WriteAllText(_lab.Root + "/etc/sysctl.d/90-configagent.conf", "net.ipv4.ip_forward = 0\n");
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Join(Outside, "90-configagent.conf"), "outside: must never change\n");
        Directory.CreateDirectory(Path.Join(Outside, "backups"));
    }

    private string Outside => Path.Join(_lab.TemporaryDirectory, "outside");

    public void Dispose() => _lab.Dispose();

    [Theory]
    [InlineData("/var/lib/configagent")]
    [InlineData("/var/lib/configagent/backups")]
    [InlineData("/var/lib/node_exporter")]
    [InlineData("/etc/sysconfig/network-scripts")]
    [InlineData("/etc/sysconfig")]
    public void A_directory_link_planted_where_a_run_writes_leads_inside_the_root(string planted)
    {
        var outside = Plant(planted, Outside);

        var run = _lab.RunOnce(new AgentSettings { MetricsTextfile = Textfile }).AssertExitCode(0);

        HumanText.AssertReadable(run.Output + run.Error);
        Assert.Equal(outside, ArtefactTree.Read(Outside));
        Assert.True(_lab.HoldsOnLoopback(AgentDocuments.Vip));
        var written = ArtefactTree.Read(_lab.Root).Keys;
        Assert.Contains(written, p => p.EndsWith("/ifcfg-lo:0", StringComparison.Ordinal));
        Assert.Contains(written, p => p.EndsWith("/ledger.json", StringComparison.Ordinal));
        Assert.Contains(written, p => p.EndsWith("/last-run.json", StringComparison.Ordinal));
        Assert.Contains(written, p => p.EndsWith("/configagent.prom", StringComparison.Ordinal));
        Assert.Contains(written, p => p.Contains("/etc/sysctl.d/90-configagent.conf/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_planted_at_an_artefact_is_refused_with_a_sentence()
    {
        var outside = Plant("/etc/sysctl.d/90-configagent.conf", Path.Join(Outside, "90-configagent.conf"));

        var run = _lab.RunOnce(new AgentSettings { MetricsTextfile = Textfile }).AssertExitCode(1);

        Assert.Contains("/etc/sysctl.d/90-configagent.conf is a link, not a file: ConfigAgent will not replace it", run.Output + run.Error, StringComparison.Ordinal);
        HumanText.AssertReadable(run.Output + run.Error);
        Assert.Equal(outside, ArtefactTree.Read(Outside));
        Assert.False(_lab.HoldsOnLoopback(AgentDocuments.Vip));
    }

    /// <summary>Replaces what is at <paramref name="planted"/> under the root with a link to <paramref name="target"/>; returns the outside tree as it is now.</summary>
    private SortedDictionary<string, ArtefactEntry> Plant(string planted, string target)
    {
        var real = _lab.Root + planted;
        Directory.CreateDirectory(Path.GetDirectoryName(real)!);
        if (Directory.Exists(real))
        {
            Directory.Delete(real, recursive: true);
        }

        File.Delete(real);
        File.CreateSymbolicLink(real, target);
        return ArtefactTree.Read(Outside);
    }
}
