using System.Text.Json;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>`configagent plan --detailed-exitcode --format json`, read as docs/plan-json.md documents it.</summary>
internal sealed record PlanJson(int ExitCode, IReadOnlyList<PlannedChange> Changes)
{
    public static PlanJson From(CliInNamespaceResult run)
    {
        if (run.ExitCode is not (0 or 2))
        {
            run.AssertExitCode(0);
        }

        using var document = JsonDocument.Parse(run.Output);
        var changes = document.RootElement.GetProperty("changes").EnumerateArray()
            .Select(c => new PlannedChange(c.GetProperty("resource").GetString()!, c.GetProperty("side").GetString()!, c.GetProperty("action").GetString()!))
            .ToList();
        var claimsChanges = document.RootElement.GetProperty("summary").GetProperty("changes").GetBoolean();
        Assert.True(claimsChanges == (changes.Count > 0), $"summary.changes is {claimsChanges} with {changes.Count} changes");
        Assert.True(run.ExitCode == (changes.Count > 0 ? 2 : 0), $"exit {run.ExitCode} with {changes.Count} changes");
        return new PlanJson(run.ExitCode, changes);
    }

    /// <summary>Passes when the plan exits 0 with nothing to change, runtime or persisted; else lists what it would change.</summary>
    public void AssertNoChange() =>
        Assert.True(ExitCode == 0 && Changes.Count == 0, $"the plan exits {ExitCode} and would still:\n  {string.Join("\n  ", Changes)}");

    /// <summary>Passes when the plan holds exactly these changes, in any order.</summary>
    public void AssertExactly(params PlannedChange[] expected)
    {
        Assert.Equal(2, ExitCode);
        Assert.Equal(expected.Order(Comparer), Changes.Order(Comparer));
    }

    private static Comparer<PlannedChange> Comparer { get; } = Comparer<PlannedChange>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()));
}
