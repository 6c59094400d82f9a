using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Platforms.Commands;
using ConfigAgent.Platforms.Windows.Commands;

namespace ConfigAgent.Platforms.Windows.Resources;

/// <summary>Addresses on Windows adapters, added and removed with netsh.</summary>
internal sealed class NetshAddressCommands : IAddressCommands
{
    public static NetshAddressCommands Instance { get; } = new();

    public CommandLine Add(string interfaceName, InterfaceAddress address) => NetshCommands.AddAddress(interfaceName, address);

    public CommandLine Delete(string interfaceName, InterfaceAddress address) => NetshCommands.DeleteAddress(interfaceName, address);

    public IReadOnlyList<string> PrefixDriftNotes(string interfaceName, AddressFacts existing, InterfaceAddress desired) => [];
}
