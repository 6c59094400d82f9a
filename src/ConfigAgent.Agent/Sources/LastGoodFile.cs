using System.Text.Json.Serialization;

namespace ConfigAgent.Agent.Sources;

/// <summary>last-good-desired-state.json: the texts of the last desired state that validated, and its git commit when it came from git.</summary>
internal sealed record LastGoodFile
{
    public string Format => "configagent-last-good";

    public int Version => 1;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Commit { get; init; }

    public required IReadOnlyList<LastGoodText> Files { get; init; }
}
