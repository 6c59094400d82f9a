using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Platforms.Addressing;
using ConfigAgent.Platforms.Commands;

namespace ConfigAgent.Platforms.Aix.Commands;

/// <summary>
/// The AIX commands, as argument lists. IPv4 aliases as in the seed:
/// <c>ifconfig lo0 alias 192.168.0.10 netmask 255.255.255.255 -arp</c>, removed with
/// <c>ifconfig lo0 delete 192.168.0.10</c>. <c>-arp</c> is given on lo0 only: it is an interface
/// flag, and on an enX it would stop the NIC answering ARP for all its addresses. IPv6 aliases
/// take the form of IBM's IPv6 configuration examples (<c>ifconfig en0 inet6 &lt;address&gt;/&lt;prefix&gt; alias</c>).
/// </summary>
internal sealed class AixCommands : IAddressCommands
{
    public const string Ifconfig = "ifconfig";

    private AixCommands()
    {
    }

    /// <summary>The commands as the shared address resource asks for them.</summary>
    public static AixCommands Instance { get; } = new();

    public static CommandLine Hostname { get; } = new("hostname");

    public static CommandLine OsLevel { get; } = new("oslevel", "-s");

    public static CommandLine ListInterfaces { get; } = new(Ifconfig, "-a");

    public static CommandLine ListRoutes { get; } = new("netstat", "-rn");

    public static CommandLine AddAlias(string interfaceName, InterfaceAddress address) =>
        address.IsIPv6
            ? new CommandLine(Ifconfig, interfaceName, "inet6", address.ToString(), "alias")
            : interfaceName == AixPlatform.Loopback
                ? new CommandLine(Ifconfig, interfaceName, "alias", address.Address.ToString(), "netmask", Netmask.Of(address.PrefixLength), "-arp")
                : new CommandLine(Ifconfig, interfaceName, "alias", address.Address.ToString(), "netmask", Netmask.Of(address.PrefixLength));

    public static CommandLine DeleteAlias(string interfaceName, InterfaceAddress address) =>
        address.IsIPv6
            ? new CommandLine(Ifconfig, interfaceName, "inet6", address.Address.ToString(), "delete")
            : new CommandLine(Ifconfig, interfaceName, "delete", address.Address.ToString());

    CommandLine IAddressCommands.Add(string interfaceName, InterfaceAddress address) => AddAlias(interfaceName, address);

    CommandLine IAddressCommands.Delete(string interfaceName, InterfaceAddress address) => DeleteAlias(interfaceName, address);

    IReadOnlyList<string> IAddressCommands.PrefixDriftNotes(string interfaceName, AddressFacts existing, InterfaceAddress desired)
    {
        if (interfaceName != AixPlatform.Loopback || desired.IsIPv6 || existing.PrefixLength >= 32)
        {
            return [];
        }

        var network = new InterfaceAddress(existing.Address, existing.PrefixLength).Network;
        return
        [
            $"the netmask {Netmask.Of(existing.PrefixLength)} made AIX route all of {network} into {AixPlatform.Loopback}, "
            + $"so this host cannot reach that network (the seed warns of it). After the fix, check `netstat -rn` for a route to {network} "
            + $"through {AixPlatform.Loopback} and remove one that stays with: {AixRoutes.RemovalCommand(network, existing.Address.ToString())}",
        ];
    }
}
