using ConfigAgent.Agent.Configuration;
using ConfigAgent.Diagnostics;

namespace ConfigAgent.Agent.Tests.Configuration;

public sealed class AgentConfigurationLoaderTests
{
    [Fact]
    public void A_git_source_is_read_with_its_branch_and_path()
    {
        var (configuration, problems) = Load("version: 1\ndesired_state:\n  git: {url: 'https://example.invalid/net.git', branch: release, path: hosts}\n");

        Assert.Empty(problems);
        Assert.Equal(new GitSource("https://example.invalid/net.git", "release", "hosts"), configuration!.Git);
    }

    [Fact]
    public void Paths_and_git_together_are_refused()
    {
        var (configuration, problems) = Load("version: 1\ndesired_state:\n  paths: [/etc/configagent/desired]\n  git: {url: 'https://example.invalid/net.git'}\n");

        Assert.Null(configuration);
        Assert.Equal(["agent.yaml:3:3: error: desired_state takes 'paths' or 'git', not both: one source decides what is in force"], problems);
    }

    private static (AgentConfiguration? Configuration, IReadOnlyList<string> Problems) Load(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var configuration = new AgentConfigurationLoader().Load("agent.yaml", yaml, diagnostics);
        return (configuration, [.. diagnostics.Sorted().Select(d => d.ToString())]);
    }
}
