using System.Text.Json;

namespace ConfigAgent.IntegrationTests.Failover;

/// <summary>One agent run report of an HA host: what started it, what it changed, and the failover group as it saw it.</summary>
internal sealed record FailoverRunReport(string File, string Trigger, string Outcome, int Drift, IReadOnlyList<string> Changed, ReportedGroup? Group)
{
    public static FailoverRunReport Read(string path)
    {
        using var json = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        var root = json.RootElement;
        return new FailoverRunReport(
            Path.GetFileName(path),
            root.GetProperty("trigger").GetString()!,
            root.GetProperty("outcome").GetString()!,
            root.GetProperty("drift").GetArrayLength(),
            [.. root.GetProperty("outcomes").EnumerateArray().Where(o => o.GetProperty("status").GetString() != "in_sync").Select(o => o.GetProperty("resource").GetString()!)],
            ReportedGroup.ReadAll(root).SingleOrDefault());
    }

    public override string ToString() => $"{File}: {Trigger} {Outcome}, {Drift} drift, changed [{string.Join(", ", Changed)}], {Group?.ToString() ?? "no group"}";
}
