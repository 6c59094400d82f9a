using ConfigAgent.Agent.Reports;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Engine;

namespace ConfigAgent.Agent.Tests.Reports;

/// <summary>`configagent status` reads the report the agent wrote, and refuses what is not one.</summary>
public sealed class RunReportJsonReaderTests
{
    [Fact]
    public void A_report_reads_back_as_it_was_written()
    {
        var report = ReportSamples.Full();

        var read = RunReportJsonReader.Read(RunReportJsonRenderer.Render(report));

        Assert.Equal(
            (report.RunId, report.Trigger, report.Mode, report.Host, report.Started, report.Finished, report.Outcome, report.Revision, report.Commit, report.Error),
            (read.RunId, read.Trigger, read.Mode, read.Host, read.Started, read.Finished, read.Outcome, read.Revision, read.Commit, read.Error));
        Assert.Equal(report.Git, read.Git);
        Assert.Equal((report.DesiredStateValid, report.Resources), (read.DesiredStateValid, read.Resources));
        Assert.Equal(report.DesiredStateProblems, read.DesiredStateProblems);
        Assert.Equal(report.Drift, read.Drift);
        Assert.Equal(report.Outcomes, read.Outcomes);
        Assert.Equal(report.Duration, read.Duration);
    }

    [Fact]
    public void The_failover_groups_read_back_as_they_were_written()
    {
        var report = ReportSamples.Full() with { Failover = ReportSamples.SplitBrain };

        var json = RunReportJsonRenderer.Render(report);
        var read = RunReportJsonReader.Read(json);

        Assert.Equal(
            report.Failover.Select(g => (g.Group, g.State, g.Priority, g.HoldsVip, g.ConfigurationCurrent, string.Join(",", g.Vips), string.Join(",", g.OtherHolders), string.Join(",", g.Notes))),
            read.Failover.Select(g => (g.Group, g.State, g.Priority, g.HoldsVip, g.ConfigurationCurrent, string.Join(",", g.Vips), string.Join(",", g.OtherHolders), string.Join(",", g.Notes))));
        Assert.Equal(report.Failover.SelectMany(g => g.Drift), read.Failover.SelectMany(g => g.Drift));
        Assert.Equal(json, RunReportJsonRenderer.Render(read));
        Assert.Contains("\"holds_vip\": true", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"summary\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_of_a_host_without_failover_groups_has_no_failover_key()
    {
        var json = RunReportJsonRenderer.Render(ReportSamples.Full());

        Assert.DoesNotContain("\"failover\"", json, StringComparison.Ordinal);
        Assert.Empty(RunReportJsonReader.Read(json).Failover);
    }

    [Theory]
    [InlineData(RunOutcome.InSync, RunMode.Enforce, RunTrigger.Startup)]
    [InlineData(RunOutcome.Converged, RunMode.Enforce, RunTrigger.Schedule)]
    [InlineData(RunOutcome.Failed, RunMode.Enforce, RunTrigger.DesiredStateChange)]
    [InlineData(RunOutcome.Invalid, RunMode.Audit, RunTrigger.AddressEvent)]
    public void Every_outcome_mode_and_trigger_round_trips_with_nulls_kept(RunOutcome outcome, RunMode mode, RunTrigger trigger)
    {
        var report = ReportSamples.Full() with { Outcome = outcome, Mode = mode, Trigger = trigger, Revision = null, Commit = null, Git = null, Error = "x", DesiredStateValid = true, DesiredStateProblems = [] };

        var json = RunReportJsonRenderer.Render(report);
        var read = RunReportJsonReader.Read(json);

        Assert.Equal((outcome, mode, trigger, null, null, null), (read.Outcome, read.Mode, read.Trigger, read.Revision, read.Commit, read.Git));
        Assert.Equal(json, RunReportJsonRenderer.Render(read));
    }

    [Fact]
    public void A_report_without_desired_state_valid_is_read_from_its_problems()
    {
        var json = RunReportJsonRenderer.Render(ReportSamples.Full()).Replace("  \"desired_state_valid\": false,\n", "", StringComparison.Ordinal);

        var read = RunReportJsonReader.Read(json);

        Assert.DoesNotContain("desired_state_valid", json, StringComparison.Ordinal);
        Assert.False(read.DesiredStateValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{\"format\": \"configagent-plan\"}")]
    [InlineData("{\"format\": \"configagent-run-report\", \"run_id\": \"x\"}")]
    public void A_file_that_is_not_a_report_is_a_format_error(string text) =>
        Assert.Throws<FormatException>(() => RunReportJsonReader.Read(text));

    [Fact]
    public void Every_outcome_status_and_drift_word_reads_back() =>
        Assert.Equal(ReportSamples.Hostile().Outcomes, RunReportJsonReader.Read(RunReportJsonRenderer.Render(ReportSamples.Hostile())).Outcomes);

    [Fact]
    public void A_word_that_is_not_a_trigger_is_a_format_error_that_names_it()
    {
        var json = RunReportJsonRenderer.Render(ReportSamples.Full()).Replace("\"address_event\"", "\"sometimes\"", StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => RunReportJsonReader.Read(json));

        Assert.Equal("'sometimes' is not a RunTrigger", error.Message);
    }

    [Fact]
    public void A_file_of_another_format_with_every_field_is_refused_by_its_format()
    {
        var json = RunReportJsonRenderer.Render(ReportSamples.Full()).Replace("configagent-run-report", "configagent-plan", StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => RunReportJsonReader.Read(json));

        Assert.Equal("not a configagent-run-report file", error.Message);
    }

    [Theory]
    [InlineData("revision")]
    [InlineData("desired_state_problems")]
    [InlineData("resources")]
    [InlineData("outcomes")]
    public void A_report_missing_a_field_every_report_has_is_a_format_error(string field)
    {
        var json = RunReportJsonRenderer.Render(ReportSamples.Invalid());
        var start = json.IndexOf($"  \"{field}\":", StringComparison.Ordinal);
        var end = json.IndexOf("\n  \"", start + 1, StringComparison.Ordinal);
        var without = end < 0 ? json[..start].TrimEnd(',', '\n') + "\n}\n" : json[..start] + json[(end + 1)..];

        var error = Assert.Throws<FormatException>(() => RunReportJsonReader.Read(without));

        Assert.StartsWith("not a readable run report: ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
    }
}
