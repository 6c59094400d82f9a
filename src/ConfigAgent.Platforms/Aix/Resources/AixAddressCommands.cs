using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Platforms.Addressing;
using ConfigAgent.Platforms.Aix.Commands;
using ConfigAgent.Platforms.Commands;

namespace ConfigAgent.Platforms.Aix.Resources;

/// <summary>Aliases on AIX interfaces, added and removed with ifconfig as the seed does.</summary>
internal sealed class AixAddressCommands : IAddressCommands
{
    public static AixAddressCommands Instance { get; } = new();

    public CommandLine Add(string interfaceName, InterfaceAddress address) => AixCommands.AddAlias(interfaceName, address);

    public CommandLine Delete(string interfaceName, InterfaceAddress address) => AixCommands.DeleteAlias(interfaceName, address);

    public IReadOnlyList<string> PrefixDriftNotes(string interfaceName, AddressFacts existing, InterfaceAddress desired)
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
