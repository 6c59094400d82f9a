using System.Text.Json;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>
/// The agent as installed, pulling from git (issue 7): its configuration names a repository, and
/// each scheduled run fetches, validates and converges the real kernel to the newest good commit,
/// recording that commit in its report. A broken commit never reaches the host.
/// </summary>
public sealed class AgentGitTests : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private readonly AgentLab _lab;
    private readonly LabGitRemote _remote;

    public AgentGitTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new AgentLab();
        _remote = new LabGitRemote();
    }

    public void Dispose()
    {
        _lab.Dispose();
        _remote.Dispose();
    }

    [Fact]
    public void Each_new_commit_is_pulled_and_converged_and_a_broken_one_leaves_the_host_on_the_last_good_commit()
    {
        var first = _remote.Commit(AgentDocuments.RealServer());
        var agent = _lab.StartAgent(new AgentSettings { GitUrl = _remote.Bare, Interval = "1s" });

        var started = _lab.WaitForReport(r => r.Trigger == "startup", Generous, "the start-up run pulls the first commit", agent);
        Assert.Equal(("converged", first), (started.Outcome, CommitOf(started)));
        Assert.True(_lab.HoldsOnLoopback(AgentDocuments.Vip), started.ToString());

        var second = _remote.Commit(AgentDocuments.RealServer(AgentDocuments.OtherVip));

        var moved = _lab.WaitForReport(r => CommitOf(r) == second, Generous, "a scheduled run pulls the second commit", agent);
        Assert.Equal("converged", moved.Outcome);
        Assert.True(moved.Drifted("address:lo/" + AgentDocuments.OtherVip, "create"), moved.ToString());
        Assert.True(_lab.HoldsOnLoopback(AgentDocuments.OtherVip));
        Assert.False(_lab.HoldsOnLoopback(AgentDocuments.Vip));

        var broken = _remote.Commit(AgentDocuments.Invalid);

        var refused = _lab.WaitForReport(r => r.Problems.Any(p => p.StartsWith(broken[..12], StringComparison.Ordinal)), Generous, "a scheduled run refuses the broken commit", agent);
        Assert.Equal(second, CommitOf(refused));
        Assert.Contains(refused.Problems, p => p.EndsWith("hosts/realserver.yaml:6:5: error: '192.0.2.300' is not an IP address", StringComparison.Ordinal));
        Assert.True(_lab.HoldsOnLoopback(AgentDocuments.OtherVip), "the last good commit's VIP was removed");
        Assert.False(agent.HasExited, agent.Transcript);
    }

    /// <summary>The commit a report says was in force (the report's own JSON, read as a monitoring tool would).</summary>
    private static string? CommitOf(AgentReport report)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(report.Path));
        return json.RootElement.TryGetProperty("commit", out var commit) ? commit.GetString() : null;
    }
}
