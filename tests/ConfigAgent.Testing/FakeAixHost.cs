using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ConfigAgent.Graph;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Testing;

/// <summary>
/// An AIX host that answers the commands ConfigAgent runs by keeping state and printing the real
/// formats (the samples in ../shared/platform-samples): <c>ifconfig -a</c>, <c>ifconfig &lt;if&gt;</c>,
/// <c>ifconfig &lt;if&gt; alias|delete ...</c> (and the inet6 forms), <c>netstat -rn</c>,
/// <c>hostname</c>, <c>oslevel -s</c>. Like the real ifconfig it refuses what it cannot read.
/// An alias added to lo0 with a netmask other than /32 leaves a network route through lo0 that
/// stays after the alias is deleted: the trap the seed warns about.
/// </summary>
public sealed class FakeAixHost : ICommandRunner
{
    public const string EthernetFlags = "1e084863,480<UP,BROADCAST,NOTRAILERS,RUNNING,SIMPLEX,MULTICAST,GROUPRT,64BIT,CHECKSUM_OFFLOAD(ACTIVE),CHAIN>";
    public const string LoopbackFlags = "e08084b,c0<UP,BROADCAST,LOOPBACK,RUNNING,SIMPLEX,MULTICAST,GROUPRT,64BIT,LARGESEND,CHAIN>";

    public FakeAixHost()
    {
        Interfaces.Add(new FakeAixInterface("en0", EthernetFlags) { Addresses = { (IPAddress.Parse("192.0.2.11"), 24) } });
        Interfaces.Add(new FakeAixInterface("lo0", LoopbackFlags) { Addresses = { (IPAddress.Loopback, 8), (IPAddress.IPv6Loopback, 0) } });
    }

    public string Hostname { get; set; } = "aix-web-01";

    public List<FakeAixInterface> Interfaces { get; } = [];

    /// <summary>Network routes through lo0 left by aliases with a wrong netmask: destination ("192.0.2/24") and gateway.</summary>
    public List<(string Destination, string Gateway)> LoopbackNetworkRoutes { get; } = [];

    /// <summary>The host's files (the boot script, its rc2.d link, /etc/rc.net).</summary>
    public FakeFileSystem Files { get; } = new();

    /// <summary>Every command run, as shown to humans.</summary>
    public List<string> Ran { get; } = [];

    /// <summary>The commands that changed something, in order.</summary>
    public List<string> Changes { get; } = [];

    /// <summary>Commands (as shown) that fail as if the kernel refused them.</summary>
    public HashSet<string> Refuse { get; } = new(StringComparer.Ordinal);

    public FakeAixInterface Interface(string name) => Interfaces.Single(i => i.Name == name);

    public CommandResult Run(CommandLine command, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var text = command.ToString();
        Ran.Add(text);
        if (Refuse.Contains(text))
        {
            return Error("0821-510 ifconfig: error calling entry point for /usr/lib/drivers/if_en: The specified device does not exist.");
        }

        string[] args = [.. command.Arguments];
        return (command.Program, args) switch
        {
            ("hostname", []) => new CommandResult(0, Hostname + "\n", ""),
            ("oslevel", ["-s"]) => new CommandResult(0, "7200-05-03-2148\n", ""),
            ("netstat", ["-rn"]) => new CommandResult(0, FakeAixOutput.Routes(this), ""),
            ("ifconfig", ["-a"]) => new CommandResult(0, string.Concat(Interfaces.Select(FakeAixOutput.Interface)), ""),
            ("ifconfig", [var name]) => Find(name) is { } nic ? new CommandResult(0, FakeAixOutput.Interface(nic), "") : NoSuchInterface(name),
            ("ifconfig", [var name, ..]) when Find(name) is null => NoSuchInterface(name),
            ("ifconfig", [var name, "alias", var address, "netmask", var mask, .. var rest]) when rest is [] or ["-arp"] => AddIPv4(text, Interface(name), address, mask),
            ("ifconfig", [var name, "delete", var address]) => Delete(text, Interface(name), address, AddressFamily.InterNetwork),
            ("ifconfig", [var name, "inet6", var address, "alias"]) => AddIPv6(text, Interface(name), address),
            ("ifconfig", [var name, "inet6", var address, "delete"]) => Delete(text, Interface(name), address, AddressFamily.InterNetworkV6),
            ("ifconfig", _) => Error("usage: ifconfig -a [ -d ] [ -u ] [ af ]\n       ifconfig interface [ af ] [ address [ dest_addr ] ] [ params ]"),
            _ => new CommandResult(127, "", $"{command.Program}: not found"),
        };
    }

    private FakeAixInterface? Find(string name) => Interfaces.FirstOrDefault(i => i.Name == name);

    private CommandResult AddIPv4(string text, FakeAixInterface nic, string addressText, string mask)
    {
        if (!IPAddress.TryParse(addressText, out var address) || address.AddressFamily != AddressFamily.InterNetwork || addressText.Count(c => c == '.') != 3)
        {
            return Error($"0821-223 ifconfig: cannot get address for {addressText}: The host name is not known.");
        }

        if (PrefixOf(mask) is not { } prefix)
        {
            return Error($"0821-229 ifconfig: bad netmask {mask}");
        }

        // An alias that is already there takes the new netmask (SIOCAIFADDR replaces it, as on BSD).
        nic.Addresses.RemoveAll(a => a.Address.Equals(address));
        nic.Addresses.Add((address, prefix));
        if (nic.IsLoopback && prefix < 32)
        {
            LoopbackNetworkRoutes.Add((FakeAixOutput.NetworkDestination(address, prefix), address.ToString()));
        }

        Changes.Add(text);
        return new CommandResult(0, "", "");
    }

    private CommandResult AddIPv6(string text, FakeAixInterface nic, string word)
    {
        var slash = word.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !IPAddress.TryParse(word[..slash], out var address) || address.AddressFamily != AddressFamily.InterNetworkV6
            || !int.TryParse(word[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > 128)
        {
            return Error($"0821-223 ifconfig: cannot get address for {word}: The host name is not known.");
        }

        nic.Addresses.RemoveAll(a => a.Address.Equals(address));
        nic.Addresses.Add((address, prefix));
        Changes.Add(text);
        return new CommandResult(0, "", "");
    }

    private CommandResult Delete(string text, FakeAixInterface nic, string addressText, AddressFamily family)
    {
        if (!IPAddress.TryParse(addressText, out var address) || address.AddressFamily != family)
        {
            return Error($"0821-223 ifconfig: cannot get address for {addressText}: The host name is not known.");
        }

        if (nic.Addresses.RemoveAll(a => a.Address.Equals(address)) == 0)
        {
            return Error("0821-228 ifconfig: ioctl (SIOCDIFADDR): Can't assign requested address");
        }

        Changes.Add(text);
        return new CommandResult(0, "", "");
    }

    private static int? PrefixOf(string mask)
    {
        if (!IPAddress.TryParse(mask, out var parsed) || parsed.AddressFamily != AddressFamily.InterNetwork)
        {
            return null;
        }

        var bytes = parsed.GetAddressBytes();
        var bits = ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
        for (var prefix = 0; prefix <= 32; prefix++)
        {
            if (bits == (prefix == 0 ? 0 : uint.MaxValue << (32 - prefix)))
            {
                return prefix;
            }
        }

        return null;
    }

    private static CommandResult NoSuchInterface(string name) => Error($"0821-510 ifconfig: error calling entry point for /usr/lib/drivers/if_en: The specified device ({name}) does not exist.");

    private static CommandResult Error(string message) => new(1, "", message + "\n");
}
