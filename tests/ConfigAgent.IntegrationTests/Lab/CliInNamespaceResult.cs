namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>What a configagent run in a lab namespace printed and returned.</summary>
internal sealed record CliInNamespaceResult(IReadOnlyList<string> Arguments, int ExitCode, string Output, string Error)
{
    /// <summary>Fails the test with everything the run printed unless it exited with <paramref name="expected"/>.</summary>
    public CliInNamespaceResult AssertExitCode(int expected)
    {
        if (ExitCode != expected)
        {
            Assert.Fail($"configagent {string.Join(' ', Arguments)} exited {ExitCode}, expected {expected}\n--- stdout\n{Output}\n--- stderr\n{Error}");
        }

        return this;
    }
}
