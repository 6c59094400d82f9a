namespace ConfigAgent.Platforms.Linux.Kernel;

/// <summary>
/// The hostname as gethostname(2) returns it (the UTS namespace's, not truncated at the first
/// dot as Environment.MachineName is): read from /proc, which costs a file read where
/// System.Net.Dns.GetHostName costs loading the name-resolution stack.
/// </summary>
internal static class KernelHostname
{
    private const string Path = "/proc/sys/kernel/hostname";

    public static string Read()
    {
        try
        {
            return File.ReadAllText(Path).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return System.Net.Dns.GetHostName();
        }
    }
}
