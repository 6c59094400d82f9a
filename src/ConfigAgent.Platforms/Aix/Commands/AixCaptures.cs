using ConfigAgent.Graph;

namespace ConfigAgent.Platforms.Aix.Commands;

/// <summary>
/// The file each AIX command's output is captured in, for <c>configagent facts --platform aix
/// --from DIR</c>: hostname.txt, oslevel-s.txt, ifconfig-a.txt, netstat-rn.txt (oslevel and
/// netstat are optional). Files go under DIR/files, listed in DIR/files.txt.
/// </summary>
internal static class AixCaptures
{
    public static string? FileName(CommandLine command) =>
        command.Equals(AixCommands.Hostname) ? "hostname.txt"
        : command.Equals(AixCommands.OsLevel) ? "oslevel-s.txt"
        : command.Equals(AixCommands.ListInterfaces) ? "ifconfig-a.txt"
        : command.Equals(AixCommands.ListRoutes) ? "netstat-rn.txt"
        : null;
}
