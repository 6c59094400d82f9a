namespace ConfigAgent.Graph;

/// <summary>How a command is quoted when it is shown to a human, so that it can be pasted where it runs.</summary>
public enum CommandQuoting
{
    /// <summary>A POSIX shell (Linux, AIX): single quotes around words with special characters.</summary>
    Posix,

    /// <summary>PowerShell and cmd.exe: one line where both read it alike, else one for each (see WindowsQuoting).</summary>
    Windows,
}
