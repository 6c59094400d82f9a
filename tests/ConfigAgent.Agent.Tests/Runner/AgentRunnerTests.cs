using ConfigAgent.Agent.Configuration;
using ConfigAgent.Agent.Runner;
using ConfigAgent.Agent.Metrics;
using ConfigAgent.Agent.Reports;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Engine;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;
using ConfigAgent.Platforms;
using ConfigAgent.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConfigAgent.Agent.Tests.Runner;

public sealed class AgentRunnerTests
{
    private const string State = "/var/lib/configagent";
    private const string Metrics = "/var/lib/node_exporter/configagent.prom";
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";
    private const string Fetched = "89abcdef0123456789abcdef0123456789abcdef";

    private readonly FakeFileSystem _files = new();
    private readonly FakeClock _clock = new(DateTimeOffset.FromUnixTimeSeconds(1_750_000_000));
    private readonly FakeHost _host = new();

    [Fact]
    public void The_report_and_the_metrics_carry_the_commit_in_force_and_what_the_pull_found()
    {
        var pull = new GitPull("main", "hosts")
        {
            FetchedCommit = Fetched,
            LastFetched = _clock.GetUtcNow(),
            CommitTime = DateTimeOffset.FromUnixTimeSeconds(1_749_990_000),
        };
        var snapshot = new DesiredStateSnapshot(Documents(), Commit, false, [$"{Fetched[..12]}:hosts/web.yaml:5:5: error: '192.0.2.300' is not an IP address"]) { Git = pull };

        var report = Runner(snapshot).Run(RunTrigger.Schedule, TestContext.Current.CancellationToken);

        var saved = new ReportStore(_files, State, 10).Last()!;
        Assert.Equal((Commit, pull), (saved.Commit, saved.Git));
        Assert.Equal(report.Revision, saved.Revision);
        var metrics = _files.Read(Metrics)!;
        Assert.Contains($"configagent_desired_state_info{{revision=\"{report.Revision}\",commit=\"{Commit}\"}} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("configagent_desired_state_valid 0\n", metrics, StringComparison.Ordinal);
        Assert.Contains("configagent_desired_state_commit_timestamp_seconds 1749990000\n", metrics, StringComparison.Ordinal);
        Assert.Contains("configagent_git_fetch_success 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("configagent_git_last_fetch_success_timestamp_seconds 1750000000\n", metrics, StringComparison.Ordinal);
        Assert.Contains("configagent_resources{state=\"drifted\"} 1\n", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_fetch_shows_in_the_report_and_in_the_metrics()
    {
        var pull = new GitPull("main", "hosts") { Error = "git fetch failed (exit 128): fatal: repository not found" };
        var snapshot = new DesiredStateSnapshot(Documents(), Commit, true, []) { Git = pull };

        var report = Runner(snapshot).Run(RunTrigger.Schedule, TestContext.Current.CancellationToken);

        Assert.Equal((Commit, RunOutcome.Drift), (report.Commit, report.Outcome));
        Assert.Equal(pull.Error, new ReportStore(_files, State, 10).Last()!.Git!.Error);
        var metrics = _files.Read(Metrics)!;
        Assert.Contains("configagent_git_fetch_success 0\n", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("configagent_git_last_fetch_success_timestamp_seconds", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_good_commit_the_run_says_why_the_pull_failed()
    {
        var snapshot = new DesiredStateSnapshot(null, null, true, []) { Git = new GitPull("main", "hosts") { Error = "git fetch failed (exit 128): fatal: repository not found" } };

        var report = Runner(snapshot).Run(RunTrigger.Startup, TestContext.Current.CancellationToken);

        Assert.Equal(RunOutcome.Invalid, report.Outcome);
        Assert.Equal("no valid desired state: git fetch failed (exit 128): fatal: repository not found", report.Error);
    }

    [Fact]
    public void Metrics_of_an_agent_that_reads_files_have_no_git_series()
    {
        var report = Runner(new DesiredStateSnapshot(Documents(), null, true, [])).Run(RunTrigger.Schedule, TestContext.Current.CancellationToken);

        Assert.Null(report.Git);
        Assert.DoesNotContain("configagent_git_", _files.Read(Metrics)!, StringComparison.Ordinal);
    }

    private static Documents.DocumentSet Documents()
    {
        var (documents, diagnostics) = DocumentText.Load("version: 1\nname: web\nloopback_vips: [192.0.2.10]\n");
        Assert.False(diagnostics.HasErrors);
        return documents;
    }

    private AgentRunner Runner(DesiredStateSnapshot snapshot)
    {
        var graph = new ResourceGraph();
        graph.Add(new FakeSetting("arp_ignore", "1"));
        var host = new LocalHost(new FakePlatform(graph), _host, _host, _files, new RecordingCommandRunner(), new LedgerStore(_files, State), new FreeRunLock(), () => throw new NotSupportedException());
        var configuration = new AgentConfiguration { Schedule = new Schedule(Schedule.DefaultInterval, null, TimeSpan.Zero), Mode = RunMode.Audit, StateDirectory = State, Hostname = "web-01" };
        return new AgentRunner(
            configuration,
            new FixedSource(snapshot),
            host,
            new ReportStore(_files, State, 10),
            new PrometheusTextfile(_files, Metrics),
            new RunStatistics(),
            NullLogger<AgentRunner>.Instance,
            _clock);
    }

    private sealed class FixedSource(DesiredStateSnapshot snapshot) : IDesiredStateSource
    {
        public DesiredStateSnapshot Current(RunTrigger trigger) => snapshot;
    }

    private sealed class FreeRunLock : IRunLock
    {
        public IDisposable Acquire(TimeSpan timeout, CancellationToken cancellationToken) => new MemoryStream();
    }
}
