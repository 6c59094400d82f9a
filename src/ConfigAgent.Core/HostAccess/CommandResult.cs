namespace ConfigAgent.HostAccess;

/// <summary>The outcome of a command: its exit code and its output.</summary>
public sealed record CommandResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;
}
