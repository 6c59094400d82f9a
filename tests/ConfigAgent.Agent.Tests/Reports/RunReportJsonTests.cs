using ConfigAgent.Agent.Reports;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Engine;

namespace ConfigAgent.Agent.Tests.Reports;

public sealed class RunReportJsonTests
{
    [Fact]
    public void A_report_reads_back_as_it_was_written()
    {
        var report = ReportSamples.Full();

        var read = RunReportJson.Read(RunReportJson.Write(report));

        Assert.Equal(
            (report.RunId, report.Trigger, report.Mode, report.Host, report.Started, report.Finished, report.Outcome, report.Revision, report.Commit, report.Error),
            (read.RunId, read.Trigger, read.Mode, read.Host, read.Started, read.Finished, read.Outcome, read.Revision, read.Commit, read.Error));
        Assert.Equal(report.Git, read.Git);
        Assert.Equal((report.DesiredStateValid, report.Resources, report.InSync, report.Drifted, report.Failed), (read.DesiredStateValid, read.Resources, read.InSync, read.Drifted, read.Failed));
        Assert.Equal(report.DesiredStateProblems, read.DesiredStateProblems);
        Assert.Equal(report.Drift, read.Drift);
        Assert.Equal(report.Outcomes, read.Outcomes);
        Assert.Equal(report.Duration, read.Duration);
    }

    [Fact]
    public void The_failover_groups_read_back_as_they_were_written()
    {
        var report = ReportSamples.Full() with { Failover = ReportSamples.SplitBrain };

        var json = RunReportJson.Write(report);
        var read = RunReportJson.Read(json);

        Assert.Equal(
            report.Failover.Select(g => (g.Group, g.State, g.Priority, g.HoldsVip, g.ConfigurationCurrent, string.Join(",", g.Vips), string.Join(",", g.OtherHolders), string.Join(",", g.Notes))),
            read.Failover.Select(g => (g.Group, g.State, g.Priority, g.HoldsVip, g.ConfigurationCurrent, string.Join(",", g.Vips), string.Join(",", g.OtherHolders), string.Join(",", g.Notes))));
        Assert.Equal(report.Failover.SelectMany(g => g.Drift), read.Failover.SelectMany(g => g.Drift));
        Assert.Equal(json, RunReportJson.Write(read));
    }

    [Fact]
    public void A_report_of_a_host_without_failover_groups_has_no_failover_key() =>
        Assert.DoesNotContain("\"failover\"", RunReportJson.Write(ReportSamples.Full()), StringComparison.Ordinal);

    [Theory]
    [InlineData(RunOutcome.InSync, RunMode.Enforce, RunTrigger.Startup)]
    [InlineData(RunOutcome.Converged, RunMode.Enforce, RunTrigger.Schedule)]
    [InlineData(RunOutcome.Failed, RunMode.Enforce, RunTrigger.DesiredStateChange)]
    [InlineData(RunOutcome.Invalid, RunMode.Audit, RunTrigger.AddressEvent)]
    public void Every_outcome_mode_and_trigger_round_trips_with_nulls_kept(RunOutcome outcome, RunMode mode, RunTrigger trigger)
    {
        var report = ReportSamples.Full() with { Outcome = outcome, Mode = mode, Trigger = trigger, Revision = null, Commit = null, Git = null, Error = "x", DesiredStateValid = true, DesiredStateProblems = [] };

        var json = RunReportJson.Write(report);
        var read = RunReportJson.Read(json);

        Assert.Equal((outcome, mode, trigger, null, null, null), (read.Outcome, read.Mode, read.Trigger, read.Revision, read.Commit, read.Git));
        Assert.Equal(json, RunReportJson.Write(read));
    }

    [Fact]
    public void A_report_without_desired_state_valid_is_read_from_its_problems()
    {
        var json = RunReportJson.Write(ReportSamples.Full()).Replace("  \"desired_state_valid\": false,\n", "", StringComparison.Ordinal);

        var read = RunReportJson.Read(json);

        Assert.DoesNotContain("desired_state_valid", json, StringComparison.Ordinal);
        Assert.False(read.DesiredStateValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{\"format\": \"configagent-plan\"}")]
    [InlineData("{\"format\": \"configagent-run-report\", \"run_id\": \"x\"}")]
    public void A_file_that_is_not_a_report_is_a_format_error(string text) =>
        Assert.Throws<FormatException>(() => RunReportJson.Read(text));
}
