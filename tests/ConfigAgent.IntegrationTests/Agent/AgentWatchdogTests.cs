using System.Diagnostics;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>
/// The agent binary as systemd runs the unit (Type=notify, WatchdogSec=; issue 18), with this
/// test as systemd: READY=1 once it runs, WATCHDOG=1 every half interval while its scheduler
/// works, none while a run hangs, and again once the run ends; STOPPING=1 on SIGTERM. The hang is
/// real: a desired-state file that is a FIFO nobody writes to blocks the run's read as a file on
/// a dead NFS mount does. Watchdog 4 s (a JIT build on two loaded cores needs the room to start);
/// a run may last lock_timeout 1 s + run_timeout 3 s.
/// </summary>
public sealed class AgentWatchdogTests : IDisposable
{
    private const string Stuck = "STATUS=The agent is stuck: the run that started at ";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private readonly AgentLab _lab;
    private readonly NotifyListener _systemd = new();

    public AgentWatchdogTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new AgentLab();
    }

    public void Dispose()
    {
        _lab.Dispose();
        _systemd.Dispose();
    }

    [Fact]
    public void The_watchdog_is_fed_while_the_agent_works_and_starves_while_a_run_hangs()
    {
        _lab.WriteDesiredState(AgentDocuments.RealServer());
        var agent = _lab.StartAgentAsService(
            new AgentSettings { LockTimeout = "1s", RunTimeout = "3s" },
            new Dictionary<string, string>
            {
                ["NOTIFY_SOCKET"] = _systemd.Path,
                ["WATCHDOG_USEC"] = "4000000",
                // The agent is PID 1 of its PID namespace, as a service is its unit's main process.
                ["WATCHDOG_PID"] = "1",
            });

        Assert.Equal("READY=1", _systemd.Receive(Generous, agent));
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("WATCHDOG=1", _systemd.Receive(Generous, agent));
        }

        // Three proofs half an interval (2 s) apart, not a burst; a timer may fire a little early.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(3.9), $"three WATCHDOG=1 within {clock.Elapsed.TotalSeconds} s");

        var fifo = Path.Combine(_lab.DesiredDirectory, "zz-hung.yaml");
        LabProcess.Run("mkfifo", fifo);
        var beforeStuck = ReceiveUntil(agent, n => n.StartsWith(Stuck, StringComparison.Ordinal), "the agent says it is stuck");
        Assert.All(beforeStuck, n => Assert.Equal("WATCHDOG=1", n));
        for (var i = 0; i < 2; i++)
        {
            Assert.StartsWith(Stuck, _systemd.Receive(Generous, agent), StringComparison.Ordinal);
        }

        Assert.Contains(agent.Lines, l => l.Contains("ERR] The agent is stuck: the run that started at ", StringComparison.Ordinal));

        // The hung read gets its file: the run goes on, and the watchdog is fed again.
        Unhang(fifo, AgentDocuments.RealServer(AgentDocuments.OtherVip).Replace("name: dsr-realserver", "name: dsr-second", StringComparison.Ordinal));
        var whileStuck = ReceiveUntil(agent, n => n == "WATCHDOG=1\nSTATUS=", "WATCHDOG=1 again, and the status cleared");
        Assert.All(whileStuck, n => Assert.StartsWith(Stuck, n, StringComparison.Ordinal));
        Assert.Equal("WATCHDOG=1", _systemd.Receive(Generous, agent));
        // (The next run removes that VIP again: the FIFO's name is gone.)
        agent.WaitForLine(l => l.Contains($"address:lo/{AgentDocuments.OtherVip} create", StringComparison.Ordinal), Generous, "the run that hung goes on with the document it read");

        agent.TerminateService();
        var beforeStop = ReceiveUntil(agent, n => n == "STOPPING=1", "STOPPING=1");
        Assert.All(beforeStop, n => Assert.Equal("WATCHDOG=1", n));
        Assert.Equal(0, agent.WaitForExit(Generous));
    }

    /// <summary>Every notification up to the one that matches (which is not returned).</summary>
    private List<string> ReceiveUntil(AgentProcess agent, Func<string, bool> match, string what)
    {
        var received = new List<string>();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var notification = _systemd.Receive(Generous, agent);
            if (match(notification))
            {
                return received;
            }

            received.Add(notification);
            Assert.True(clock.Elapsed < Generous, $"{what}: not within {Generous.TotalSeconds} s; received {string.Join(" | ", received)}\n{agent.Transcript}");
        }
    }

    /// <summary>
    /// Opens the FIFO's other end, so that the agent's blocked open returns, removes its name (no
    /// later run blocks on it) and writes <paramref name="yaml"/> for the agent to read.
    /// </summary>
    private static void Unhang(string fifo, string yaml)
    {
        var writer = Task.Run(() =>
        {
            using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            File.Delete(fifo);
            stream.Write(System.Text.Encoding.UTF8.GetBytes(yaml));
        });
        Assert.True(writer.Wait(Generous), "nobody read the FIFO: the run was not blocked on it");
    }
}
