using System.Text.Json;

namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>
/// A run report (last-run.json or one of reports/), read with System.Text.Json as a monitoring
/// tool would read it, not with the product's own reader.
/// </summary>
internal sealed record AgentReport(
    string Path,
    string RunId,
    string Trigger,
    string Mode,
    string Outcome,
    DateTimeOffset Started,
    DateTimeOffset Finished,
    string? Revision,
    string? Error,
    IReadOnlyList<string> Problems,
    IReadOnlyList<ReportedDrift> Drift,
    IReadOnlyDictionary<string, string> Statuses)
{
    public static AgentReport Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        Assert.Equal("configagent-run-report", root.GetProperty("format").GetString());
        return new AgentReport(
            path,
            root.GetProperty("run_id").GetString()!,
            root.GetProperty("trigger").GetString()!,
            root.GetProperty("mode").GetString()!,
            root.GetProperty("outcome").GetString()!,
            root.GetProperty("started").GetDateTimeOffset(),
            root.GetProperty("finished").GetDateTimeOffset(),
            root.GetProperty("revision").GetString(),
            root.GetProperty("error").GetString(),
            [.. root.GetProperty("desired_state_problems").EnumerateArray().Select(p => p.GetString()!)],
            [.. root.GetProperty("drift").EnumerateArray().Select(d => new ReportedDrift(
                d.GetProperty("resource").GetString()!,
                d.GetProperty("action").GetString()!,
                d.GetProperty("before").GetString(),
                d.GetProperty("after").GetString(),
                d.GetProperty("reason").GetString()!))],
            root.GetProperty("outcomes").EnumerateArray().ToDictionary(o => o.GetProperty("resource").GetString()!, o => o.GetProperty("status").GetString()!));
    }

    public bool Drifted(string resource, string action) => Drift.Any(d => d.Resource == resource && d.Action == action);

    public override string ToString() =>
        $"{System.IO.Path.GetFileName(Path)}: {Trigger} {Mode} {Outcome} at {Started:HH:mm:ss.fff}, {Drift.Count} drift [{string.Join(", ", Drift.Take(5).Select(d => $"{d.Resource} {d.Action}"))}{(Drift.Count > 5 ? ", ..." : "")}]"
        + (Problems.Count > 0 ? $", {Problems.Count} problems" : "") + (Error is null ? "" : $", error: {Error}");
}
