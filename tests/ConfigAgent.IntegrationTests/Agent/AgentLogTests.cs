using System.Text.Json;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>
/// JSON logs for log shippers: every line of the rolling file is one JSON object that keeps the
/// message template and its properties, so that drift can be queried by resource and action.
/// </summary>
public sealed class AgentLogTests : IDisposable
{
    private const string Resource = "address:lo/" + AgentDocuments.Vip;
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private readonly AgentLab _lab;

    public AgentLogTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new AgentLab();
    }

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void Each_line_of_the_json_log_file_is_an_event_with_its_template_and_properties()
    {
        _lab.WriteDesiredState(AgentDocuments.RealServer());
        var agent = _lab.StartAgent(new AgentSettings { JsonLogs = true, LogFile = AgentLab.LogDirectoryOnHost + "/agent.log" });
        _lab.WaitForReport(r => r.Trigger == "startup", Generous, "the start-up run", agent);
        agent.Terminate();
        Assert.Equal(0, agent.WaitForExit(Generous));

        // Serilog's daily rolling file puts the date in the name: agent20261122.log.
        var file = Assert.Single(Directory.GetFiles(_lab.LogDirectory, "agent*.log"));
        var events = File.ReadAllLines(file).Select(ParseObject).ToList();

        Assert.All(events, e => Assert.Equal(["Timestamp", "Level", "MessageTemplate"], e.EnumerateObject().Select(p => p.Name).Take(3)));
        var drift = Assert.Single(events, e => e.GetProperty("MessageTemplate").GetString()!.StartsWith("Drift on {Host}: {Resource} {Action}", StringComparison.Ordinal)
            && e.GetProperty("Properties").GetProperty("Resource").GetString() == Resource);
        Assert.Equal("Warning", drift.GetProperty("Level").GetString());
        var properties = drift.GetProperty("Properties");
        Assert.Equal(
            (AgentLab.Hostname, "create", "runtime", "absent", $"{AgentDocuments.Vip}/32 label lo:0", "missing", true),
            (Text(properties, "Host"), Text(properties, "Action"), Text(properties, "Side"), Text(properties, "Before"), Text(properties, "After"), Text(properties, "Reason"), properties.GetProperty("Repaired").GetBoolean()));
        // The run's scope: every event of a run can be grouped by it.
        Assert.Equal(12, Text(properties, "RunId").Length);
        Assert.Equal("Startup", Text(properties, "Trigger"));
        Assert.Contains(events, e => e.GetProperty("MessageTemplate").GetString()!.StartsWith("Run {Outcome}", StringComparison.Ordinal)
            && Text(e.GetProperty("Properties"), "Outcome") == "Converged" && Text(e.GetProperty("Properties"), "RunId") == Text(properties, "RunId"));
        // The console speaks the same format.
        Assert.All(agent.Lines.Where(l => l.Length > 0), l => ParseObject(l));
    }

    private static JsonElement ParseObject(string line)
    {
        using var json = JsonDocument.Parse(line);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        return json.RootElement.Clone();
    }

    private static string Text(JsonElement properties, string name) => properties.GetProperty(name).GetString()!;
}
