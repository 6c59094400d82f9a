using ConfigAgent.Graph;

namespace ConfigAgent.Platforms.Windows.Commands;

/// <summary>
/// The file each netsh command's output is captured in, for <c>configagent facts --platform
/// windows --from DIR</c>: hostname.txt, netsh-ipv4-show-interfaces.txt,
/// netsh-ipv4-show-addresses.txt, netsh-ipv6-show-addresses.txt, and per adapter
/// netsh-ipv4-show-interface-&lt;name&gt;.txt (ipv6 likewise).
/// </summary>
internal static class WindowsCaptures
{
    public static string? FileName(CommandLine command)
    {
        if (command.Equals(NetshCommands.Hostname))
        {
            return "hostname.txt";
        }

        if (command.Equals(NetshCommands.ShowInterfaces))
        {
            return "netsh-ipv4-show-interfaces.txt";
        }

        if (command.Equals(NetshCommands.ShowAddresses))
        {
            return "netsh-ipv4-show-addresses.txt";
        }

        if (command.Equals(NetshCommands.ShowIpv6Addresses))
        {
            return "netsh-ipv6-show-addresses.txt";
        }

        // netsh interface <family> show interface interface=<name>
        var words = command.Arguments;
        return command.Program == NetshCommands.Netsh && words.Count == 5 && words[2] == "show" && words[3] == "interface"
            && words[4].StartsWith("interface=", StringComparison.Ordinal) && !words[4].Contains('/', StringComparison.Ordinal)
            ? $"netsh-{words[1]}-show-interface-{words[4]["interface=".Length..]}.txt"
            : null;
    }
}
