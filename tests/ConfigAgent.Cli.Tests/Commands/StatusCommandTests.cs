using ConfigAgent.Agent.Reports;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Engine;
using ConfigAgent.Failover;
using ConfigAgent.Graph;
using ConfigAgent.Testing;

namespace ConfigAgent.Cli.Tests.Commands;

/// <summary>
/// `configagent status` reads the last run report and says by its exit code what a monitoring
/// check needs: 1 failed or refused desired state, over 2 drift left in place, over 0.
/// </summary>
[Collection(nameof(CurrentDirectory))]
public sealed class StatusCommandTests : IDisposable
{
    private const string Revision = "sha256:5b1f0c7e9a2d4c6b8e0f1a3c5e7d9b2f4a6c8e0d2b4f6a8c0e2d4f6b8a0c2e4d";

    private readonly string _root = Directory.CreateTempSubdirectory("configagent-status-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(RunOutcome.InSync, true, 0)]
    [InlineData(RunOutcome.Converged, true, 0)]
    [InlineData(RunOutcome.Drift, true, 2)]
    [InlineData(RunOutcome.Failed, true, 1)]
    [InlineData(RunOutcome.Invalid, false, 1)]
    [InlineData(RunOutcome.InSync, false, 1)]
    [InlineData(RunOutcome.Converged, false, 1)]
    [InlineData(RunOutcome.Drift, false, 1)]
    public void Exit_code_is_failure_over_drift_over_success(RunOutcome outcome, bool desiredStateValid, int expected)
    {
        Save(Report(outcome, desiredStateValid));

        var (code, _, error) = Status();

        Assert.Equal((expected, ""), (code, error));
    }

    [Fact]
    public void A_refused_desired_state_is_named_with_its_problems_while_the_last_good_one_stays_in_force()
    {
        Save(Report(RunOutcome.Drift, desiredStateValid: false));

        var (code, output, _) = Status();

        Assert.Equal(1, code);
        Golden.Verify(output, "status-drift-refused.txt");
    }

    [Fact]
    public void A_failed_run_shows_twenty_drifts_the_count_of_the_others_and_its_error()
    {
        var drift = Enumerable.Range(1, 23).Select(i => new DriftRecord($"address:lo/203.0.113.{i}", ChangeAction.Create, ResourceSide.Runtime, null, $"203.0.113.{i}/32", "missing on lo")).ToArray();
        Save(Report(RunOutcome.Failed, desiredStateValid: true) with { Drift = drift, Resources = new ResourceCounts(23, 0, drift.Length, 1), Commit = "0123456789abcdef0123456789abcdef01234567", Trigger = RunTrigger.Schedule });

        var (code, output, _) = Status();

        Assert.Equal(1, code);
        Golden.Verify(output, "status-failed-many-drift.txt");
    }

    [Fact]
    public void Json_format_prints_the_report_as_written_with_the_same_exit_code()
    {
        Save(Report(RunOutcome.InSync, desiredStateValid: false));

        var (code, output, _) = Status("--format", "json");

        Assert.Equal(1, code);
        Assert.Equal(File.ReadAllText(Path.Combine(_root, "state", "last-run.json")), output);
        Assert.Contains("\"desired_state_valid\": false", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Failover_groups_are_shown_and_their_drift_exits_2_even_after_a_converged_run()
    {
        Save(Report(RunOutcome.InSync, desiredStateValid: true) with { Failover = [SplitBrain] });

        var (code, output, _) = Status();

        Assert.Equal(2, code);
        Assert.Contains(
            "  failover (keepalived's VIPs, observed):\n"
            + "    eth0/51 172.26.7.100/24: master, holds the VIP; also answered by 52:54:00:00:00:12 (priority 150)\n"
            + "      drift (split_brain): 52:54:00:00:00:12 also answers for 172.26.7.100, which this host holds: two hosts hold the VIP (split brain)\n",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_failover_group_without_drift_leaves_the_exit_code_alone()
    {
        Save(Report(RunOutcome.InSync, desiredStateValid: true) with { Failover = [SplitBrain with { OtherHolders = [], Drift = [] }] });

        Assert.Equal(0, Status().ExitCode);
    }

    private static FailoverGroupStatus SplitBrain => new()
    {
        Group = "eth0/51",
        Vips = ["172.26.7.100/24"],
        State = "master",
        Priority = 150,
        HoldsVip = true,
        OtherHolders = ["52:54:00:00:00:12"],
        ConfigurationCurrent = true,
        Drift = [new FailoverDrift(FailoverDrift.SplitBrain, "52:54:00:00:00:12 also answers for 172.26.7.100, which this host holds: two hosts hold the VIP (split brain)")],
    };

    [Fact]
    public void No_report_yet_is_a_failure_that_says_where_it_looked()
    {
        var (code, output, error) = Status();

        Assert.Equal((1, ""), (code, output));
        Assert.Contains("no run report at", error, StringComparison.Ordinal);
        Assert.Contains("has the agent run on this host?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_that_is_not_json_is_a_failure_not_a_stack_trace()
    {
        Directory.CreateDirectory(Path.Combine(_root, "state"));
        File.WriteAllText(Path.Combine(_root, "state", "last-run.json"), "{\"format\": \"configagent-run-report\"");

        var (code, _, error) = Status();

        Assert.Equal(1, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private (int ExitCode, string Out, string Error) Status(params string[] options) =>
        CliRun.Run(["status", "--root", _root, "--state-dir", "/state", .. options]);

    private void Save(RunReport report)
    {
        Directory.CreateDirectory(Path.Combine(_root, "state"));
        File.WriteAllText(Path.Combine(_root, "state", "last-run.json"), RunReportJsonRenderer.Render(report));
    }

    private static RunReport Report(RunOutcome outcome, bool desiredStateValid)
    {
        var started = new DateTimeOffset(2026, 12, 3, 14, 0, 0, TimeSpan.Zero);
        var drift = outcome is RunOutcome.Drift or RunOutcome.Converged
            ? new[] { new DriftRecord("address:lo/203.0.113.10", ChangeAction.Create, ResourceSide.Runtime, null, "203.0.113.10/32 label lo:0", "missing on lo") }
            : [];
        return new RunReport
        {
            RunId = "0c1d2e3f4a5b",
            Trigger = RunTrigger.AddressEvent,
            Mode = outcome == RunOutcome.Drift ? RunMode.Audit : RunMode.Enforce,
            Host = "web-01",
            Started = started,
            Finished = started.AddMilliseconds(42),
            Outcome = outcome,
            Revision = outcome == RunOutcome.Invalid ? null : Revision,
            DesiredStateValid = desiredStateValid,
            DesiredStateProblems = desiredStateValid ? [] : ["/etc/configagent/desired/web.yaml:4:5: error: '203.0.113.300' is not an IP address"],
            Resources = new ResourceCounts(6, 6 - drift.Length, drift.Length, outcome == RunOutcome.Failed ? 1 : 0),
            Drift = drift,
            Error = outcome == RunOutcome.Failed ? "the run lock is held by another run" : null,
        };
    }
}
