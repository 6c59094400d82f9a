using ConfigAgent.Testing;

namespace ConfigAgent.Agent.Tests;

/// <summary>
/// The agent one way (issue 14): the run vocabulary in Runs/ is used by Git, Reports, Metrics and
/// the runner, never the other way round, and no two folders of the agent use each other round a
/// circle.
/// </summary>
public sealed class AgentFolderTests
{
    private static readonly FolderDependencies Agent = FolderDependencies.Read(Path.Combine(RepositoryPaths.Root, "src", "ConfigAgent.Agent"));

    [Fact]
    public void No_folders_of_the_agent_use_each_other_round_a_circle() =>
        Assert.True(Agent.Cycles().Count == 0, "Folder cycles in src/ConfigAgent.Agent:\n" + string.Join("\n", Agent.Cycles().Select(Agent.Describe)));

    [Theory]
    [InlineData("Git")]
    [InlineData("Reports")]
    [InlineData("Metrics")]
    [InlineData("Runner")]
    [InlineData("Sources")]
    public void The_run_vocabulary_is_used_by_the_folder_and_uses_none_of_it(string folder)
    {
        Assert.NotEmpty(Agent.TypesUsed(folder, "Runs"));
        Assert.Empty(Agent.TypesUsed("Runs", folder));
    }
}
