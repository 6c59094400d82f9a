using System.Text.Json;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>
/// A broken desired state never reaches the host: the agent refuses the newest revision with a
/// precise error, keeps converging to the last good one (also after a restart, from the copy in
/// its state directory), and picks the fixed file up as soon as it is written.
/// </summary>
public sealed class AgentDesiredStateTests : IDisposable
{
    private const string OldResource = "address:lo/" + AgentDocuments.Vip;
    private const string NewResource = "address:lo/" + AgentDocuments.OtherVip;
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    // Several debounce periods (200 ms): the run started by the agent's own start-up change is over.
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1.5);

    private readonly AgentLab _lab;

    public AgentDesiredStateTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new AgentLab();
    }

    private string Problem => $"{_lab.DesiredPath}:6:5: error: '192.0.2.300' is not an IP address";

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void An_invalid_file_is_refused_with_its_position_the_last_good_one_stays_in_force_and_the_fix_is_converged()
    {
        _lab.WriteDesiredState(AgentDocuments.RealServer());
        // No scheduled run in the test's time: every run after start-up is the file watcher's.
        var agent = _lab.StartAgent(new AgentSettings());
        var good = _lab.WaitForReport(r => r.Trigger == "startup", Generous, "the start-up run", agent);
        Assert.Equal("converged", good.Outcome);
        _lab.WaitUntilQuiet(Quiet, Generous);

        _lab.WriteDesiredState(AgentDocuments.Invalid);

        var refused = _lab.WaitForReport(r => r.Problems.Count > 0, Generous, "the watcher starts a run that refuses the file", agent);
        Assert.Equal("desired_state_change", refused.Trigger);
        Assert.Equal([Problem], refused.Problems);
        Assert.Equal((good.Revision, "in_sync"), (refused.Revision, refused.Outcome));
        agent.WaitForLine(l => l.Contains("ERR] The desired state is invalid, revision ", StringComparison.Ordinal) && l.EndsWith($" stays in force: {Problem}", StringComparison.Ordinal), Generous, "a clear error in the log");
        Assert.True(_lab.HoldsOnLoopback(AgentDocuments.Vip), "the last good VIP was removed");
        Assert.False(_lab.HoldsOnLoopback(AgentDocuments.OtherVip), "the VIP of the refused file was added");
        Assert.False(agent.HasExited, agent.Transcript);

        _lab.WriteDesiredState(AgentDocuments.RealServer(AgentDocuments.OtherVip));

        var fixedRun = _lab.WaitForReport(r => r.Trigger == "desired_state_change" && r.Revision != good.Revision, Generous, "the watcher starts a run for the fixed file", agent);
        Assert.Equal(("converged", 0), (fixedRun.Outcome, fixedRun.Problems.Count));
        Assert.True(fixedRun.Drifted(NewResource, "create"), fixedRun.ToString());
        Assert.True(fixedRun.Drifted(OldResource, "delete"), fixedRun.ToString());
        Assert.True(_lab.HoldsOnLoopback(AgentDocuments.OtherVip));
        Assert.False(_lab.HoldsOnLoopback(AgentDocuments.Vip));
    }

    [Fact]
    public void A_restarted_agent_converges_to_the_last_good_desired_state_when_the_newest_is_invalid()
    {
        _lab.WriteDesiredState(AgentDocuments.RealServer());
        var first = _lab.StartAgent(new AgentSettings());
        var good = _lab.WaitForReport(r => r.Trigger == "startup" && r.Outcome == "converged", Generous, "the first agent converges", first);
        first.Terminate();
        Assert.Equal(0, first.WaitForExit(Generous));

        // While no agent runs: a broken revision arrives and the VIP is deleted.
        _lab.WriteDesiredState(AgentDocuments.Invalid);
        _lab.Namespace.Ip("addr", "del", AgentDocuments.Vip + "/32", "dev", "lo");
        var second = _lab.StartAgent(new AgentSettings());

        var restart = _lab.WaitForReports(r => r.Trigger == "startup", 2, Generous, "the second agent's start-up run", second)[^1];
        Assert.Equal((good.Revision, "converged"), (restart.Revision, restart.Outcome));
        Assert.Equal([Problem], restart.Problems);
        Assert.Equal(OldResource, Assert.Single(restart.Drift).Resource);
        Assert.True(_lab.HoldsOnLoopback(AgentDocuments.Vip));
        Assert.False(_lab.HoldsOnLoopback(AgentDocuments.OtherVip));
        Assert.Equal([AgentDocuments.RealServer()], SavedLastGood());
    }

    /// <summary>The texts of the desired state the agent saved as its last good one.</summary>
    private IReadOnlyList<string> SavedLastGood()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_lab.StateDirectory, "last-good-desired-state.json")));
        return [.. json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("text").GetString()!)];
    }
}
