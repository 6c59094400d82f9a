namespace ConfigAgent.IntegrationTests.Cli;

/// <summary>How one configagent process ended: what a user would see in a shell.</summary>
internal sealed record ConfigAgentRun(string CommandLine, int ExitCode, string Output, string Error)
{
    /// <summary>Fails the test with the whole transcript unless the run exited with <paramref name="expected"/>.</summary>
    public ConfigAgentRun Expect(int expected)
    {
        Assert.True(ExitCode == expected, $"expected exit {expected}, got:\n{this}");
        return this;
    }

    public override string ToString() =>
        $"$ {CommandLine}\nexit {ExitCode}\n--- stdout ---\n{Output}--- stderr ---\n{Error}";
}
