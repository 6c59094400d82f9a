using ConfigAgent.Agent.Reports;
using ConfigAgent.Testing;

namespace ConfigAgent.Agent.Tests.Reports;

public sealed class ReportStoreTests
{
    private const string State = "/var/lib/configagent";

    private readonly FakeFileSystem _files = new();

    [Fact]
    public void The_history_keeps_the_newest_reports_up_to_its_bound()
    {
        var store = new ReportStore(_files, State, keep: 3);
        var reports = Enumerable.Range(0, 5).Select(i => ReportSamples.Full($"run{i}", ReportSamples.Started.AddMinutes(i))).ToList();

        foreach (var report in reports)
        {
            store.Save(report);
        }

        Assert.Equal(
            ["20261203T140200.125Z-run2.json", "20261203T140300.125Z-run3.json", "20261203T140400.125Z-run4.json"],
            store.History());
        Assert.Equal("run4", store.Last()!.RunId);
    }

    [Fact]
    public void The_history_is_ordered_by_start_time_not_by_run_id()
    {
        var store = new ReportStore(_files, State, keep: 2);

        store.Save(ReportSamples.Full("zzz", ReportSamples.Started));
        store.Save(ReportSamples.Full("aaa", ReportSamples.Started.AddSeconds(1)));
        store.Save(ReportSamples.Full("mmm", ReportSamples.Started.AddSeconds(2)));

        Assert.Equal(["20261203T140001.125Z-aaa.json", "20261203T140002.125Z-mmm.json"], store.History());
    }

    [Fact]
    public void A_report_that_cannot_be_written_leaves_the_previous_last_run_whole()
    {
        var store = new ReportStore(_files, State, keep: 10);
        store.Save(ReportSamples.Full("first"));
        _files.FailNextWriteOf = store.LastPath;

        Assert.Throws<IOException>(() => store.Save(ReportSamples.Full("second", ReportSamples.Started.AddSeconds(30))));

        Assert.Equal($"{State}/last-run.json", store.LastPath);
        Assert.Equal(RunReportJsonRenderer.Render(ReportSamples.Full("first")), _files.Read(store.LastPath));
    }

    [Fact]
    public void No_report_yet_reads_as_null() => Assert.Null(new ReportStore(_files, State, keep: 10).Last());
}
