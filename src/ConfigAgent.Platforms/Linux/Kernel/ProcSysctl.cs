using ConfigAgent.Documents;

namespace ConfigAgent.Platforms.Linux.Kernel;

/// <summary>
/// Kernel parameters through /proc/sys. /proc/sys/net shows the network namespace of the process
/// that opens the file, so inside `ip netns exec` it is that namespace's values.
/// </summary>
internal sealed class ProcSysctl(string procSys = "/proc/sys") : ISysctlAccess
{
    public string? Read(SysctlName name)
    {
        try
        {
            return File.ReadAllText(Path.Join(procSys, name.ProcPath));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public void Write(SysctlName name, string value)
    {
        // One write(2) of the whole value, as sysctl(8) does: the kernel parses it on write.
        using var stream = new FileStream(Path.Join(procSys, name.ProcPath), FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        var bytes = System.Text.Encoding.ASCII.GetBytes(value + "\n");
        stream.Write(bytes);
    }
}
