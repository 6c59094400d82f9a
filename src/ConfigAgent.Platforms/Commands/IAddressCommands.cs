using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;

namespace ConfigAgent.Platforms.Commands;

/// <summary>How a platform driven by commands adds and removes an address (AIX ifconfig, Windows netsh).</summary>
internal interface IAddressCommands
{
    CommandLine Add(string interfaceName, InterfaceAddress address);

    CommandLine Delete(string interfaceName, InterfaceAddress address);

    /// <summary>What the operator should know when an address is there with another prefix (AIX: the route the wrong netmask added).</summary>
    IReadOnlyList<string> PrefixDriftNotes(string interfaceName, AddressFacts existing, InterfaceAddress desired);
}
