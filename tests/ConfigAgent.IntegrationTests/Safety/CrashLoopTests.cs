using System.Diagnostics;
using ConfigAgent.IntegrationTests.Agent;
using ConfigAgent.IntegrationTests.Cli;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Safety;

/// <summary>
/// Issue 17 point 4: apply and the agent are killed with SIGKILL at random moments of a run that
/// moves 200 VIPs and their ifcfg files and sysctl.d drop-in from one pool to another. After each
/// kill, before anything repairs it: every artefact and backup is whole (the old version or the
/// new one), the ledger, reports and metrics parse; then the next run takes the lock at once and
/// converges to exactly the host a clean run makes. The moments come from a seeded random,
/// printed so that a failure replays (CONFIGAGENT_CRASH_SEED=n), as is where each kill landed.
/// </summary>
public sealed class CrashLoopTests : IDisposable
{
    private static readonly int ApplyKills = Setting("CONFIGAGENT_CRASH_KILLS", 30);
    private static readonly int AgentKills = Setting("CONFIGAGENT_CRASH_AGENT_KILLS", 6);
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    private readonly AgentLab _lab;
    private readonly Dictionary<PoolDocument, string> _documents = [];
    private readonly Dictionary<PoolDocument, HostState> _converged = [];

    public CrashLoopTests()
    {
        LabGuard.RequireNamespaces();

        // A SIGKILL loses nothing the page cache holds, so a tmpfs root tests the same
        // atomicity as a disk, without the fsync of 600 writes per run on a shared machine.
        _lab = new AgentLab(Directory.Exists("/dev/shm") ? "/dev/shm" : null);
        foreach (var document in new[] { PoolDocuments.A, PoolDocuments.B })
        {
            _documents[document] = Path.Join(_lab.TemporaryDirectory, document.Name + ".yaml");
            File.WriteAllText(_documents[document], document.Yaml());
        }
    }

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void Killed_at_random_moments_apply_and_the_agent_leave_whole_files_and_the_next_run_converges()
    {
        var seed = Setting("CONFIGAGENT_CRASH_SEED", Random.Shared.Next());
        var random = new Random(seed);
        Log($"seed {seed} (CONFIGAGENT_CRASH_SEED={seed} replays the moments)");

        Apply(PoolDocuments.A).AssertExitCode(0);
        _converged[PoolDocuments.A] = HostState.Read(_lab);

        // Three clean runs between the pools; their median times place the kills (one run on a
        // loaded machine can take twice as long as the next).
        var timings = new List<RunTiming>();
        foreach (var document in new[] { PoolDocuments.B, PoolDocuments.A, PoolDocuments.B })
        {
            timings.Add(Measure(() => Apply(document).AssertExitCode(0)));
            _converged[document] = HostState.Read(_lab);
        }

        var timing = RunTiming.Median(timings);
        Log($"a whole run from one pool to the other: {timing}");

        var phases = new List<string>();
        var current = PoolDocuments.B;
        while (phases.Count(p => p != Finished) < ApplyKills && phases.Count < ApplyKills * 3)
        {
            var next = Other(current);
            var moment = timing.Pick(random);
            var phase = Kill(next, moment, () => ConfigAgentProcess.Start(_lab.Namespace, "apply", _documents[next], "--root", _lab.Root, "--allow-mass-removal"));
            phases.Add(phase);
            Log($"apply {current.Name} -> {next.Name}, killed {moment}: {phase}");
            Recover(() => Apply(next, "--lock-timeout", "5").AssertExitCode(0), next);
            current = next;
        }

        for (var i = 0; i < AgentKills; i++)
        {
            var next = Other(current);
            var moment = timing.Pick(random, stretch: 1.5);
            _lab.WriteDesiredState(next.Yaml());
            var phase = "agent: " + Kill(next, moment, () => new KilledAgent(_lab.StartAgent(Settings())));
            AssertStateFilesWhole();
            phases.Add(phase);
            Log($"agent {current.Name} -> {next.Name}, killed {moment}: {phase}");
            Recover(() => _lab.RunOnce(Settings()).AssertExitCode(0), next);
            current = next;
        }

        Log("where the kills landed:\n  " + string.Join("\n  ", phases.GroupBy(p => p.Split(',', '(')[0].Trim()).Select(g => $"{g.Count(),3}  {g.Key}")));
        var applyKills = phases.Count(p => p != Finished && !p.StartsWith("agent", StringComparison.Ordinal));
        Assert.True(applyKills >= ApplyKills, $"only {applyKills} of the apply runs were killed before they ended");
    }

    private const string Finished = "the run had ended before the kill";

    /// <summary>Starts a run, kills it with SIGKILL at <paramref name="moment"/>, checks what it left and says how far it got.</summary>
    private string Kill(PoolDocument next, KillMoment moment, Func<IDisposable> start)
    {
        var from = HostState.Read(_lab);
        var ledger = LedgerWritten();
        var started = Stopwatch.StartNew();
        using (var run = start())
        {
            // The point is a moment of the real run: the wall clock is what is random here.
            if (moment.AfterLedger && !Wait(() => LedgerWritten() != ledger || Exited(run), TimeSpan.FromSeconds(60)))
            {
                Assert.Fail("the run never wrote its ledger");
            }

            Task.Delay(moment.Delay, TestContext.Current.CancellationToken).GetAwaiter().GetResult();
            if (Exited(run))
            {
                return Finished;
            }

            // Dispose sends SIGKILL to a process still running.
        }

        var killed = HostState.Read(_lab);
        AssertWhole(killed);
        var left = killed.Temporaries.Count == 0 ? "" : $" ({killed.Temporaries.Count} temporary file{(killed.Temporaries.Count == 1 ? "" : "s")} left)";
        return killed.Phase(from, _converged[next]) + left;
    }

    /// <summary>Runs a clean run and measures when it wrote its ledger (its first write, ahead of the changes) and how long it worked after that.</summary>
    private RunTiming Measure(Action run)
    {
        var ledger = LedgerWritten();
        var clock = Stopwatch.StartNew();
        var ledgerAt = TimeSpan.Zero;
        var watching = Task.Run(() => Wait(() => LedgerWritten() != ledger, TimeSpan.FromSeconds(60)) && (ledgerAt = clock.Elapsed) > TimeSpan.Zero);
        run();
        var total = clock.Elapsed;
        Assert.True(watching.GetAwaiter().GetResult(), "the run never wrote its ledger");
        return new RunTiming(ledgerAt, total - ledgerAt);
    }

    private void AssertStateFilesWhole()
    {
        if (Directory.Exists(Path.Join(_lab.StateDirectory, "reports")))
        {
            StateFiles.AssertComplete(Path.Join(_lab.StateDirectory, "reports"), temporariesAllowed: true);
        }

        foreach (var report in new[] { _lab.LastRunPath, Path.Join(_lab.StateDirectory, "last-good-desired-state.json") }.Where(File.Exists))
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(report));
        }

        if (File.Exists(Metrics))
        {
            PrometheusText.Parse(File.ReadAllText(Metrics));
        }
    }

    /// <summary>When the ledger was last replaced (each write renames a new file over it).</summary>
    private DateTime LedgerWritten() => File.Exists(_lab.LedgerPath) ? File.GetLastWriteTimeUtc(_lab.LedgerPath) : DateTime.MinValue;

    private static bool Exited(IDisposable run) => run switch
    {
        ConfigAgentProcess process => process.HasExited,
        KilledAgent agent => agent.HasExited,
        _ => false,
    };

    /// <summary>Polls every millisecond: the run does hundreds of writes a second, the moment must be near the one drawn.</summary>
    private static bool Wait(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }

            Task.Delay(1).GetAwaiter().GetResult();
        }

        return true;
    }

    /// <summary>Runs the next run, then checks it converged to exactly the host a clean run makes.</summary>
    private void Recover(Action run, PoolDocument next)
    {
        run();
        var after = HostState.Read(_lab);
        after.AssertSame(_converged[next]);
    }

    /// <summary>The artefacts are whole, and so is every backup: the previous content of its file, as one of the pools has it.</summary>
    private void AssertWhole(HostState killed)
    {
        killed.AssertWhole(_converged[PoolDocuments.A], _converged[PoolDocuments.B]);
        var backups = Path.Join(_lab.StateDirectory, "backups");
        if (!Directory.Exists(backups))
        {
            return;
        }

        foreach (var backup in Directory.EnumerateFiles(backups, "*", SearchOption.AllDirectories).Where(b => !HostState.IsTemporary(b)))
        {
            var artefact = Path.GetDirectoryName(Path.GetRelativePath(backups, backup))!["etc".Length..];
            var content = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(backup));
            Assert.True(
                _converged.Values.Any(c => c.Artefacts.GetValueOrDefault(artefact)?.Content == content),
                $"the backup {backup} is no whole version of /etc{artefact}:\n{content}");
        }
    }

    private CliInNamespaceResult Apply(PoolDocument document, params IReadOnlyList<string> options) =>
        CliInNamespace.Run(_lab.Namespace, ["apply", _documents[document], "--root", _lab.Root, "--allow-mass-removal", .. options]);

    private static AgentSettings Settings() => new() { MetricsTextfile = "/var/lib/node_exporter/configagent.prom", LockTimeout = "5s", AllowMassRemoval = true };

    private string Metrics => _lab.Root + "/var/lib/node_exporter/configagent.prom";

    private static PoolDocument Other(PoolDocument document) => document == PoolDocuments.A ? PoolDocuments.B : PoolDocuments.A;

    private static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    /// <summary>An agent that the test kills on dispose with SIGKILL, as a crash or a power cut stops it.</summary>
    private sealed class KilledAgent(AgentProcess agent) : IDisposable
    {
        public bool HasExited => agent.HasExited;

        public void Dispose()
        {
            if (!agent.HasExited)
            {
                agent.Kill();
            }

            agent.WaitForExit(Generous);
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;
}
