namespace ConfigAgent.Cli;

/// <summary>The exit codes of every command, as the README documents them.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Invalid input, a failed run, or a host that cannot be converged.</summary>
    public const int Failure = 1;

    /// <summary>With --detailed-exitcode: the plan has changes (plan), or the run changed something (apply).</summary>
    public const int Changes = 2;
}
