using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ConfigAgent.Graph;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Testing;

/// <summary>
/// A Windows host that answers the netsh commands ConfigAgent runs by keeping state and printing
/// the real formats (CRLF, column layouts of the samples in ../shared/platform-samples): show
/// interfaces, ipv4/ipv6 show addresses, show interface (detail), set interface, add/delete
/// address, the rename of an adapter, and devcon's creation of a loopback adapter. A test can
/// take the loopback adapter away or change a setting behind ConfigAgent's back.
/// </summary>
public sealed class FakeWindowsHost : ICommandRunner
{
    public FakeWindowsHost(bool withLoopbackAdapter = true)
    {
        Adapters.Add(new FakeWindowsAdapter(1, "Loopback Pseudo-Interface 1") { Metric = 75, Mtu = 4294967295, Addresses = { (IPAddress.Loopback, 8, false), (IPAddress.IPv6Loopback, 128, false) } });
        Adapters.Add(new FakeWindowsAdapter(6, "Ethernet0") { Metric = 5, Addresses = { (IPAddress.Parse("192.0.2.11"), 24, false) } });
        if (withLoopbackAdapter)
        {
            Adapters.Add(new FakeWindowsAdapter(11, "Loopback"));
        }
    }

    public string Hostname { get; set; } = "web-win-01";

    public List<FakeWindowsAdapter> Adapters { get; } = [];

    /// <summary>Print the column headers of <c>show interfaces</c> as French Windows does ("Idx Mét MTU État Nom").</summary>
    public bool FrenchHeaders { get; set; }

    public List<string> Ran { get; } = [];

    /// <summary>The commands that changed something, in order.</summary>
    public List<string> Changes { get; } = [];

    /// <summary>Commands (as shown) that fail as if Windows refused them.</summary>
    public HashSet<string> Refuse { get; } = new(StringComparer.Ordinal);

    public FakeWindowsAdapter Adapter(string name) => Adapters.Single(a => a.Name == name);

    public CommandResult Run(CommandLine command, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var text = command.ToString();
        Ran.Add(text);
        if (Refuse.Contains(text))
        {
            return Fail("The requested operation requires elevation (Run as administrator).");
        }

        string[] args = [.. command.Arguments];
        return (command.Program, args) switch
        {
            ("hostname", []) => Ok(Hostname + "\r\n"),
            ("devcon", ["install", @"C:\Windows\inf\netloop.inf", "*MSLOOP"]) => InstallLoopback(text),
            ("netsh", ["interface", "ipv4", "show", "interfaces"]) => Ok(FakeWindowsOutput.Interfaces(Adapters, FrenchHeaders)),
            ("netsh", ["interface", "ipv4", "show", "addresses"]) => Ok(FakeWindowsOutput.Ipv4Addresses(Adapters)),
            ("netsh", ["interface", "ipv6", "show", "addresses"]) => Ok(FakeWindowsOutput.Ipv6Addresses(Adapters)),
            ("netsh", ["interface", var family, "show", "interface", var name]) when Tag(name, "interface") is { } adapter =>
                Find(adapter) is { } found ? Ok(FakeWindowsOutput.Detail(found, family)) : NotFound(),
            ("netsh", ["interface", var family, "set", "interface", var name, .. var settings]) when Tag(name, "interface") is { } adapter && settings.Length > 0 =>
                Set(text, family, adapter, settings),
            ("netsh", ["interface", "set", "interface", var name, var newName]) when Tag(name, "name") is { } old && Tag(newName, "newname") is { } renamed =>
                Rename(text, old, renamed),
            ("netsh", ["interface", "ipv4", "add", "address", var name, var address, var mask, "skipassource=true"]) when Tag(name, "name") is { } adapter =>
                AddIPv4(text, adapter, Tag(address, "address"), Tag(mask, "mask")),
            ("netsh", ["interface", "ipv4", "delete", "address", var name, var address]) when Tag(name, "name") is { } adapter =>
                Delete(text, adapter, Tag(address, "address"), AddressFamily.InterNetwork),
            ("netsh", ["interface", "ipv6", "add", "address", var name, var address, "skipassource=true"]) when Tag(name, "interface") is { } adapter =>
                AddIPv6(text, adapter, Tag(address, "address")),
            ("netsh", ["interface", "ipv6", "delete", "address", var name, var address]) when Tag(name, "interface") is { } adapter =>
                Delete(text, adapter, Tag(address, "address"), AddressFamily.InterNetworkV6),
            ("netsh", _) => Fail($"The following command was not found: {string.Join(' ', args)}."),
            _ => new CommandResult(9009, "", $"'{command.Program}' is not recognized as an internal or external command,\r\noperable program or batch file.\r\n"),
        };
    }

    private static string? Tag(string word, string tag) => word.StartsWith(tag + "=", StringComparison.Ordinal) ? word[(tag.Length + 1)..] : null;

    private FakeWindowsAdapter? Find(string name) => Adapters.FirstOrDefault(a => a.Name == name);

    private CommandResult InstallLoopback(string text)
    {
        var number = 2;
        while (Adapters.Any(a => a.Name == $"Ethernet {number}"))
        {
            number++;
        }

        Adapters.Add(new FakeWindowsAdapter(Adapters.Max(a => a.Index) + 1, $"Ethernet {number}"));
        Changes.Add(text);
        return Ok("Device node created. Install is complete when drivers are installed...\r\nUpdating drivers for *MSLOOP from C:\\Windows\\inf\\netloop.inf.\r\nDrivers installed successfully.\r\n");
    }

    private CommandResult Set(string text, string family, string name, string[] settings)
    {
        if (Find(name) is not { } adapter)
        {
            return NotFound();
        }

        foreach (var setting in settings)
        {
            var (key, value) = (setting.Split('=', 2)[0], setting.Split('=', 2).ElementAtOrDefault(1) ?? "");
            switch (key)
            {
                case "weakhostsend" or "weakhostreceive" when value is "enabled" or "disabled":
                    adapter.Parameters[$"{family}.{key}"] = value;
                    break;
                case "metric" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var metric) && metric is > 0 and < 10000:
                    adapter.Metric = metric;
                    break;
                default:
                    return Fail("The parameter is incorrect.");
            }
        }

        Changes.Add(text);
        return Ok("Ok.\r\n\r\n");
    }

    private CommandResult Rename(string text, string name, string newName)
    {
        if (Find(name) is not { } adapter)
        {
            return NotFound();
        }

        adapter.Name = newName;
        Changes.Add(text);
        return Ok("");
    }

    private CommandResult AddIPv4(string text, string name, string? addressText, string? maskText)
    {
        if (Find(name) is not { } adapter)
        {
            return NotFound();
        }

        if (!IPAddress.TryParse(addressText, out var address) || address.AddressFamily != AddressFamily.InterNetwork
            || !IPAddress.TryParse(maskText, out var mask) || FakeWindowsOutput.PrefixOf(mask) is not { } prefix)
        {
            return Fail("The parameter is incorrect.");
        }

        return Add(text, adapter, address, prefix);
    }

    private CommandResult AddIPv6(string text, string name, string? word)
    {
        var parts = word?.Split('/') ?? [];
        if (Find(name) is not { } adapter)
        {
            return NotFound();
        }

        if (parts.Length != 2 || !IPAddress.TryParse(parts[0], out var address) || address.AddressFamily != AddressFamily.InterNetworkV6
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > 128)
        {
            return Fail("The parameter is incorrect.");
        }

        return Add(text, adapter, address, prefix);
    }

    private CommandResult Add(string text, FakeWindowsAdapter adapter, IPAddress address, int prefix)
    {
        if (adapter.Addresses.Any(a => a.Address.Equals(address)))
        {
            return Fail("The object already exists.");
        }

        adapter.Addresses.Add((address, prefix, true));
        Changes.Add(text);
        return Ok("");
    }

    private CommandResult Delete(string text, string name, string? addressText, AddressFamily family)
    {
        if (Find(name) is not { } adapter || !IPAddress.TryParse(addressText, out var address) || address.AddressFamily != family)
        {
            return NotFound();
        }

        if (adapter.Addresses.RemoveAll(a => a.Address.Equals(address)) == 0)
        {
            return NotFound();
        }

        Changes.Add(text);
        return Ok("");
    }

    private static CommandResult Ok(string output) => new(0, output, "");

    // netsh prints its errors on standard output.
    private static CommandResult Fail(string message) => new(1, message + "\r\n\r\n", "");

    private static CommandResult NotFound() => Fail("Element not found.");
}
