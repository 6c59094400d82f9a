using System.Net;
using ConfigAgent.Facts;

namespace ConfigAgent.Testing;

/// <summary>Builds host facts for tests: <c>new FactsBuilder().Interface("lo", "127.0.0.1/8").Sysctl(...)</c>.</summary>
public sealed class FactsBuilder(string platform = "linux", string hostname = "web-01")
{
    private readonly List<InterfaceFacts> _interfaces = [];
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileFacts> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private OsFacts? _os;

    /// <summary>A Linux host with lo (127.0.0.1/8, ::1/128) and eth0 (192.0.2.11/24), the four ARP sysctls at the kernel's defaults.</summary>
    public static FactsBuilder LinuxDefaults(string hostname = "web-01") =>
        new FactsBuilder("linux", hostname)
            .Interface("lo", "127.0.0.1/8 lo host", "::1/128 - host")
            .Interface("eth0", "192.0.2.11/24 eth0 global")
            .Sysctl("net.ipv4.conf.all.arp_ignore", "0")
            .Sysctl("net.ipv4.conf.all.arp_announce", "0")
            .Sysctl("net.ipv4.conf.lo.arp_ignore", "0")
            .Sysctl("net.ipv4.conf.lo.arp_announce", "0");

    /// <summary>An interface and its addresses, each "address/prefix [label|-] [scope] [flag...]".</summary>
    public FactsBuilder Interface(string name, params string[] addresses)
    {
        var parsed = addresses.Select(ParseAddress).ToList();
        _interfaces.Add(new InterfaceFacts(name, _interfaces.Count + 1, name.StartsWith("lo", StringComparison.Ordinal), true,
            name.StartsWith("lo", StringComparison.Ordinal) ? null : $"52:54:00:00:00:{_interfaces.Count + 1:x2}", parsed));
        return this;
    }

    public FactsBuilder Sysctl(string name, string? value)
    {
        _settings[name] = value;
        return this;
    }

    public FactsBuilder File(string path, string? content, string mode = "0644")
    {
        _files[path] = content is null ? FileFacts.Missing : new FileFacts(true, content, mode);
        return this;
    }

    public FactsBuilder Directory(string path)
    {
        _files[path] = new FileFacts(true, IsDirectory: true, Mode: "0755");
        return this;
    }

    public FactsBuilder Label(string key, string value)
    {
        _labels[key] = value;
        return this;
    }

    public FactsBuilder Os(string id, string? version)
    {
        _os = new OsFacts(id, version);
        return this;
    }

    public HostFacts Build() => new()
    {
        Platform = platform,
        Hostname = hostname,
        Interfaces = [.. _interfaces],
        Settings = new Dictionary<string, string?>(_settings),
        Files = new Dictionary<string, FileFacts>(_files),
        Labels = new Dictionary<string, string>(_labels),
        Os = _os,
    };

    private static AddressFacts ParseAddress(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var slash = parts[0].IndexOf('/', StringComparison.Ordinal);
        var label = parts.Length > 1 && parts[1] != "-" ? parts[1] : null;
        var scope = parts.Length > 2 ? parts[2] : "global";
        return new AddressFacts(IPAddress.Parse(parts[0][..slash]), int.Parse(parts[0][(slash + 1)..], System.Globalization.CultureInfo.InvariantCulture), label, scope, parts.Length > 3 ? parts[3..] : null);
    }
}
