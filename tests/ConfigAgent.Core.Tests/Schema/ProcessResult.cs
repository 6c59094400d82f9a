namespace ConfigAgent.Core.Tests.Schema;

/// <summary>What a finished tool process printed, and how it exited.</summary>
internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit code {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
}
