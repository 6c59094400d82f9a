using ConfigAgent.Agent.Configuration;
using ConfigAgent.Diagnostics;
using ConfigAgent.Engine;
using ConfigAgent.Testing;

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

    [Fact]
    public void A_bad_cron_expression_is_reported_at_its_line_and_column()
    {
        var (configuration, problems) = Load("version: 1\ndesired_state: {paths: [/etc/configagent/desired]}\nschedule:\n  cron: '*/5 * * * *'\n");

        Assert.Null(configuration);
        Assert.Equal(["agent.yaml:4:9: error: schedule.cron '*/5 * * * *' is not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week [year], e.g. '0 */5 * * * ?')"], problems);
    }

    [Fact]
    public void A_cron_expression_that_never_fires_again_is_refused_before_quartz_would_throw()
    {
        var clock = new FakeClock(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

        var diagnostics = new DiagnosticBag();
        var configuration = new AgentConfigurationLoader(clock).Load("agent.yaml", "version: 1\ndesired_state: {paths: [/d]}\nschedule: {cron: '0 0 0 1 1 ? 2026'}\n", diagnostics);

        Assert.Null(configuration);
        Assert.Equal(["agent.yaml:3:18: error: schedule.cron '0 0 0 1 1 ? 2026' never fires (a date that does not exist, or a year that has passed)"], diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void An_empty_git_branch_is_reported_at_its_line_and_column()
    {
        var (configuration, problems) = Load("version: 1\ndesired_state:\n  git:\n    url: https://git.example.com/net.git\n    branch: ''\n");

        Assert.Null(configuration);
        Assert.Equal(["agent.yaml:5:13: error: desired_state.git.branch is empty: name the branch to follow (default: main)"], problems);
    }

    [Theory]
    [InlineData("99999999999999999999h")]
    [InlineData("9223372036854775807ms")]
    [InlineData("106751991167h")]
    public void An_absurd_duration_is_an_error_not_an_overflow(string interval)
    {
        var (configuration, problems) = Load($"version: 1\ndesired_state: {{paths: [/d]}}\nschedule: {{interval: {interval}}}\n");

        Assert.Null(configuration);
        Assert.Equal([$"agent.yaml:3:22: error: schedule.interval: '{interval}' is longer than 24h, the most it takes"], problems);
    }

    [Theory]
    [InlineData("ext::sh -c reboot")]
    [InlineData("fd::7")]
    [InlineData("--upload-pack=touch /tmp/x")]
    [InlineData("relative/net.git")]
    public void A_git_url_of_a_transport_that_runs_commands_is_refused(string url)
    {
        var (configuration, problems) = Load($"version: 1\ndesired_state: {{git: {{url: '{url}'}}}}\n");

        Assert.Null(configuration);
        Assert.Contains(problems, p => p.Contains("is not a git repository URL ConfigAgent accepts", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://token@git.example.com/net.git")]
    [InlineData("ssh://git@git.example.com:2222/net.git")]
    [InlineData("git@git.example.com:network/net.git")]
    [InlineData("file:///srv/git/net.git")]
    [InlineData("/srv/git/net.git")]
    public void A_git_url_of_a_fetching_transport_is_accepted(string url)
    {
        var (configuration, problems) = Load($"version: 1\ndesired_state: {{git: {{url: '{url}'}}}}\n");

        Assert.Empty(problems);
        Assert.Equal(url, configuration!.Git!.Url);
    }

    [Fact]
    public void The_example_configuration_reads_with_its_values()
    {
        var path = Path.Combine(RepositoryPaths.Examples, "agent.yaml");

        var (configuration, problems) = Load(File.ReadAllText(path));

        Assert.Empty(problems);
        Assert.Equal(RunMode.Audit, configuration!.Mode);
        Assert.Equal(new Schedule(TimeSpan.FromMinutes(5), null, TimeSpan.FromSeconds(30)), configuration.Schedule);
        Assert.Equal("/var/lib/node_exporter/textfile_collector/configagent.prom", configuration.MetricsTextfile);
    }

    private static (AgentConfiguration? Configuration, IReadOnlyList<string> Problems) Load(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var configuration = new AgentConfigurationLoader().Load("agent.yaml", yaml, diagnostics);
        return (configuration, [.. diagnostics.Sorted().Select(d => d.ToString())]);
    }
}
