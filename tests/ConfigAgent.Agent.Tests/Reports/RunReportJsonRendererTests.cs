using ConfigAgent.Agent.Reports;
using ConfigAgent.Testing;

namespace ConfigAgent.Agent.Tests.Reports;

/// <summary>The run report's file (docs/agent.md) is read by other programs: its bytes are pinned.</summary>
public sealed class RunReportJsonRendererTests
{
    [Fact]
    public void The_file_of_a_full_report_is_pinned() =>
        Golden.Verify(RunReportJsonRenderer.Render(ReportSamples.Full()), "run-report-full.json");

    [Fact]
    public void Hostile_text_and_every_outcome_status_are_written_as_they_are() =>
        Golden.Verify(RunReportJsonRenderer.Render(ReportSamples.Hostile()), "run-report-hostile.json");

    [Fact]
    public void A_run_without_desired_state_writes_its_nulls_and_leaves_out_git() =>
        Golden.Verify(RunReportJsonRenderer.Render(ReportSamples.Invalid()), "run-report-invalid.json");
}
