using System.Net;
using System.Text.Json;
using ConfigAgent.IntegrationTests.Cli;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Dsr;

/// <summary>
/// A real server of the lab: its namespace and NIC, its --root, configagent run inside it, and
/// the independent views the tests check the product against (ip's JSON, /proc/sys read on the
/// namespace's thread, the ledger file).
/// </summary>
internal sealed class RealServer(VethEnd nic, IPAddress address, string root)
{
    /// <summary>The four sysctls of the DSR ARP policy (the seed's lines in /etc/sysctl.conf).</summary>
    public static readonly IReadOnlyList<string> ArpSysctls =
    [
        "net.ipv4.conf.all.arp_ignore",
        "net.ipv4.conf.all.arp_announce",
        "net.ipv4.conf.lo.arp_ignore",
        "net.ipv4.conf.lo.arp_announce",
    ];

    public NetworkNamespace Namespace => Nic.Namespace;

    public VethEnd Nic { get; } = nic;

    public IPAddress Address { get; } = address;

    public string Root { get; } = root;

    public string LedgerPath => Path.Combine(Root, "var/lib/configagent/ledger.json");

    public ConfigAgentRun Apply(string document, params IReadOnlyList<string> options) =>
        ConfigAgentProcess.Run(Namespace, ["apply", document, "--root", Root, .. options]);

    public ConfigAgentProcess StartApply(string document, params IReadOnlyList<string> options) =>
        ConfigAgentProcess.Start(Namespace, ["apply", document, "--root", Root, .. options]);

    public ConfigAgentRun Plan(string document, params IReadOnlyList<string> options) =>
        ConfigAgentProcess.Run(Namespace, ["plan", document, "--root", Root, .. options]);

    /// <summary>The changes of `plan --format json` as (resource, action, before, after).</summary>
    public IReadOnlyList<(string Resource, string Action, string? Before, string? After)> PlannedChanges(string document)
    {
        var run = Plan(document, "--format", "json").Expect(0);
        using var json = JsonDocument.Parse(run.Output);
        return [.. json.RootElement.GetProperty("changes").EnumerateArray().Select(c => (
            c.GetProperty("resource").GetString()!,
            c.GetProperty("action").GetString()!,
            c.GetProperty("before").GetString(),
            c.GetProperty("after").GetString()))];
    }

    /// <summary>Reads a sysctl on the namespace's thread: the kernel answers for that namespace.</summary>
    public string Sysctl(string name) => Namespace.Run(() => File.ReadAllText(ProcPath(name)).Trim());

    public void SetSysctl(string name, string value) => Namespace.Run(() => File.WriteAllText(ProcPath(name), value));

    public IReadOnlyDictionary<string, string> ReadArpSysctls() => ArpSysctls.ToDictionary(n => n, Sysctl);

    public bool Holds(string device, IPAddress address) =>
        IpJson.Addresses(Namespace.Ip("-j", "addr", "show", "dev", device)).Any(a => a.Address.Equals(address));

    /// <summary>The resource ids the ledger holds; none when there is no ledger yet.</summary>
    public IReadOnlyList<string> LedgerIds()
    {
        if (!File.Exists(LedgerPath))
        {
            return [];
        }

        using var json = JsonDocument.Parse(File.ReadAllText(LedgerPath));
        return [.. json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }

    // Interface names in the lab have no dots, so the sysctl name maps to its /proc/sys path one to one.
    private static string ProcPath(string name) => "/proc/sys/" + name.Replace('.', '/');
}
