namespace ConfigAgent.Graph;

/// <summary>How a command is quoted when it is shown to a human, so that it can be pasted where it runs.</summary>
public enum CommandQuoting
{
    /// <summary>A POSIX shell (Linux, AIX): single quotes around words with special characters.</summary>
    Posix,

    /// <summary>cmd.exe and PowerShell: double quotes around words with spaces, as Windows splits a command line (CommandLineToArgvW).</summary>
    Windows,
}
