using ConfigAgent.Agent.Reports;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Engine;
using ConfigAgent.Testing;

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

    [Fact]
    public void The_file_of_a_full_report_is_pinned() =>
        Golden.Verify(RunReportJson.Write(ReportSamples.Full()), "run-report-full.json");

    [Fact]
    public void Hostile_text_and_every_outcome_status_are_written_as_they_are() =>
        Golden.Verify(RunReportJson.Write(ReportSamples.Hostile()), "run-report-hostile.json");

    [Fact]
    public void A_run_without_desired_state_writes_its_nulls_and_leaves_out_git() =>
        Golden.Verify(RunReportJson.Write(ReportSamples.Invalid()), "run-report-invalid.json");

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{\"format\": \"configagent-plan\"}")]
    [InlineData("{\"format\": \"configagent-run-report\", \"run_id\": \"x\"}")]
    public void A_file_that_is_not_a_report_is_a_format_error(string text) =>
        Assert.Throws<FormatException>(() => RunReportJson.Read(text));
}
