using System.Text.Json;

namespace ConfigAgent.IntegrationTests.Failover;

/// <summary>A failover group as a plan (--format json) or a run report states it, read with System.Text.Json as a monitoring tool would.</summary>
internal sealed record ReportedGroup(string Group, string State, bool HoldsVip, bool? ConfigurationCurrent, IReadOnlyList<string> DriftKinds, IReadOnlyList<string> OtherHolders)
{
    public static IReadOnlyList<ReportedGroup> ReadAll(JsonElement root) =>
        root.TryGetProperty("failover", out var groups)
            ? [.. groups.EnumerateArray().Select(g => new ReportedGroup(
                g.GetProperty("group").GetString()!,
                g.GetProperty("state").GetString()!,
                g.GetProperty("holds_vip").GetBoolean(),
                g.GetProperty("configuration_current").ValueKind == JsonValueKind.Null ? null : g.GetProperty("configuration_current").GetBoolean(),
                [.. g.GetProperty("drift").EnumerateArray().Select(d => d.GetProperty("kind").GetString()!)],
                [.. g.GetProperty("other_holders").EnumerateArray().Select(m => m.GetString()!)]))]
            : [];

    public override string ToString() =>
        $"{Group} {State}{(HoldsVip ? " holding" : "")}{(ConfigurationCurrent == false ? " not-current" : "")}"
        + (DriftKinds.Count > 0 ? $" drift [{string.Join(", ", DriftKinds)}]" : "")
        + (OtherHolders.Count > 0 ? $" also {string.Join(", ", OtherHolders)}" : "");
}
