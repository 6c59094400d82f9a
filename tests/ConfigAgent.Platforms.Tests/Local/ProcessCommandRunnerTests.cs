using ConfigAgent.Graph;
using ConfigAgent.HostAccess;
using ConfigAgent.Platforms.Local;

namespace ConfigAgent.Platforms.Tests.Local;

public sealed class ProcessCommandRunnerTests
{
    private readonly ProcessCommandRunner _runner = new();

    [Fact]
    public void Arguments_reach_the_program_as_a_list_without_a_shell_reading_them()
    {
        var result = _runner.Run(new CommandLine("printf", "%s|", "name=Ethernet 2", "$HOME", "a;b", "*"), TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(new CommandResult(0, "name=Ethernet 2|$HOME|a;b|*|", ""), result);
    }

    [Fact]
    public void The_command_s_environment_variables_reach_the_program_beside_the_inherited_ones()
    {
        var command = new CommandLine("printenv", "CONFIGAGENT_TEST_VARIABLE", "PATH") { Environment = new Dictionary<string, string> { ["CONFIGAGENT_TEST_VARIABLE"] = "0" } };

        var result = _runner.Run(command, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(["0", Environment.GetEnvironmentVariable("PATH") ?? ""], result.StandardOutput.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Standard_error_and_the_exit_code_are_captured()
    {
        var result = _runner.Run(new CommandLine("ls", "/nonexistent-configagent-path"), TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("nonexistent-configagent-path", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_that_outlives_its_time_limit_is_stopped_and_reported()
    {
        var error = Assert.Throws<HostAccessException>(() => _runner.Run(new CommandLine("sleep", "30"), TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken));

        Assert.Equal("`sleep 30` did not finish within 0.2 s and was stopped", error.Message);
    }

    [Fact]
    public void A_program_that_does_not_exist_is_a_host_access_error()
    {
        var error = Assert.Throws<HostAccessException>(() => _runner.Run(new CommandLine("configagent-no-such-program"), TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));

        Assert.StartsWith("cannot run configagent-no-such-program", error.Message, StringComparison.Ordinal);
    }
}
