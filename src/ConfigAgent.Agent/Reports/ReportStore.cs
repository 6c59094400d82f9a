using System.Buffers;
using System.Globalization;
using ConfigAgent.Agent.Runs;
using ConfigAgent.HostAccess;
using ConfigAgent.Persistence;

namespace ConfigAgent.Agent.Reports;

/// <summary>
/// Run reports in the state directory: last-run.json (what `status` reads) and a bounded history
/// under reports/. Every file is written atomically, so a stop mid-write leaves the old report.
/// </summary>
public sealed class ReportStore(IFileSystem files, string stateDirectory, int keep)
{
    private readonly Lock _gate = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    private string Directory => $"{stateDirectory.TrimEnd('/')}/reports";

    public string LastPath => $"{stateDirectory.TrimEnd('/')}/last-run.json";

    public void Save(RunReport report)
    {
        lock (_gate)
        {
            // One buffer for the life of the agent: a report of 1,000 resources (~90 KB) written
            // into a new one every run was a large object each time, and those bring full
            // collections of the whole heap every few runs.
            _buffer.ResetWrittenCount();
            RunReportJsonRenderer.Render(_buffer, report);
            Save(report, _buffer.WrittenSpan);
        }
    }

    /// <summary>The last run's report, or null when there is none yet.</summary>
    public RunReport? Last() => files.Observe(LastPath).Content is { } text ? RunReportJsonReader.Read(text) : null;

    public IReadOnlyList<string> History() => [.. files.List(Directory).Order(StringComparer.Ordinal)];

    private void Save(RunReport report, ReadOnlySpan<byte> json)
    {
        var name = report.Started.UtcDateTime.ToString("yyyyMMdd'T'HHmmss.fff'Z'", CultureInfo.InvariantCulture) + "-" + report.RunId + ".json";
        files.WriteAtomic($"{Directory}/{name}", json, FileModes.ReadWriteReadRead);
        files.WriteAtomic(LastPath, json, FileModes.ReadWriteReadRead);
        foreach (var old in files.List(Directory).Order(StringComparer.Ordinal).SkipLast(keep))
        {
            files.Delete($"{Directory}/{old}");
        }
    }
}
