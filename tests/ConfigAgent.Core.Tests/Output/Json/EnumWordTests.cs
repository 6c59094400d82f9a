using ConfigAgent.Engine;
using ConfigAgent.Fleet;
using ConfigAgent.Graph;
using ConfigAgent.Output.Json;

namespace ConfigAgent.Core.Tests.Output.Json;

/// <summary>The words outputs use for enum values: the versioned formats have always written these.</summary>
public sealed class EnumWordTests
{
    [Fact]
    public void Change_actions_and_sides_are_the_plans_words()
    {
        Assert.Equal(["create", "update", "delete", "blocked"], Enum.GetValues<ChangeAction>().Select(EnumWord.Of));
        Assert.Equal(["runtime", "persisted"], Enum.GetValues<ResourceSide>().Select(EnumWord.Of));
    }

    [Fact]
    public void Step_statuses_are_snake_case() =>
        Assert.Equal(["applied", "failed", "rolled_back", "rollback_failed", "kept", "not_run"], Enum.GetValues<StepStatus>().Select(EnumWord.Of));

    [Fact]
    public void Fleet_host_statuses_and_run_modes_are_snake_case()
    {
        Assert.Equal(["in_sync", "changes", "blocked", "error"], Enum.GetValues<FleetHostStatus>().Select(EnumWord.Of));
        Assert.Equal(["enforce", "audit"], Enum.GetValues<RunMode>().Select(EnumWord.Of));
    }

    [Theory]
    [InlineData("rolled_back", StepStatus.RolledBack)]
    [InlineData("not_run", StepStatus.NotRun)]
    [InlineData("NotRun", null)]
    [InlineData("rolled back", null)]
    [InlineData(null, null)]
    public void Only_the_exact_word_parses(string? word, StepStatus? expected) =>
        Assert.Equal(expected, EnumWord.Parse<StepStatus>(word));
}
