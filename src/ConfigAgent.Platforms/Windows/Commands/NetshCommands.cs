using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Platforms.Addressing;
using ConfigAgent.Platforms.Commands;

namespace ConfigAgent.Platforms.Windows.Commands;

/// <summary>
/// The Windows commands, as argument lists. netsh reads <c>tag=value</c> words; an adapter name
/// with spaces is one argument (<c>name=Ethernet 2</c>), which Windows' command line rules quote
/// as <c>"name=Ethernet 2"</c> and hand back to netsh as the same word, the one cmd.exe gives it
/// for <c>name="Ethernet 2"</c>. The tagged forms are the ones <c>netsh interface ipv4 dump</c>
/// prints; they also keep a name that looks like a keyword from being read as one.
/// </summary>
internal sealed class NetshCommands : IAddressCommands
{
    public const string Netsh = "netsh";

    /// <summary>The Microsoft loopback adapter's driver package (%windir% is C:\Windows on a default install).</summary>
    public const string LoopbackInf = @"C:\Windows\inf\netloop.inf";

    private NetshCommands()
    {
    }

    /// <summary>The commands as the shared address resource asks for them.</summary>
    public static NetshCommands Instance { get; } = new();

    public static CommandLine Hostname { get; } = Windows("hostname");

    public static CommandLine ShowInterfaces { get; } = Windows(Netsh, "interface", "ipv4", "show", "interfaces");

    public static CommandLine ShowAddresses { get; } = Windows(Netsh, "interface", "ipv4", "show", "addresses");

    public static CommandLine ShowIpv6Addresses { get; } = Windows(Netsh, "interface", "ipv6", "show", "addresses");

    /// <summary>devcon adds a root-enumerated device for the *MSLOOP hardware id (the seed scripts it this way).</summary>
    public static CommandLine InstallLoopback { get; } = Windows("devcon", "install", LoopbackInf, "*MSLOOP");

    public static CommandLine ShowInterface(string family, string adapter) => Windows(Netsh, "interface", family, "show", "interface", $"interface={adapter}");

    public static CommandLine SetInterface(string family, string adapter, string parameter, string value) =>
        Windows(Netsh, "interface", family, "set", "interface", $"interface={adapter}", $"{parameter}={value}");

    public static CommandLine Rename(string adapter, string newName) => Windows(Netsh, "interface", "set", "interface", $"name={adapter}", $"newname={newName}");

    // skipassource=true: Windows never picks the VIP as the source of its own connections, which
    // would then leave through the NIC from an address every real server holds.
    public static CommandLine AddAddress(string adapter, InterfaceAddress address) =>
        address.IsIPv6
            ? Windows(Netsh, "interface", "ipv6", "add", "address", $"interface={adapter}", $"address={address}", "skipassource=true")
            : Windows(Netsh, "interface", "ipv4", "add", "address", $"name={adapter}", $"address={address.Address}", $"mask={Netmask.Of(address.PrefixLength)}", "skipassource=true");

    public static CommandLine DeleteAddress(string adapter, InterfaceAddress address) =>
        address.IsIPv6
            ? Windows(Netsh, "interface", "ipv6", "delete", "address", $"interface={adapter}", $"address={address.Address}")
            : Windows(Netsh, "interface", "ipv4", "delete", "address", $"name={adapter}", $"address={address.Address}");

    CommandLine IAddressCommands.Add(string interfaceName, InterfaceAddress address) => AddAddress(interfaceName, address);

    CommandLine IAddressCommands.Delete(string interfaceName, InterfaceAddress address) => DeleteAddress(interfaceName, address);

    IReadOnlyList<string> IAddressCommands.PrefixDriftNotes(string interfaceName, AddressFacts existing, InterfaceAddress desired) => [];

    private static CommandLine Windows(string program, params string[] arguments) => new(program, arguments) { Quoting = CommandQuoting.Windows };
}
