using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.HostAccess;
using ConfigAgent.Observation;
using ConfigAgent.Platforms.Linux.Kernel;
using ConfigAgent.Platforms.Linux.Persistence;

namespace ConfigAgent.Platforms.Linux;

/// <summary>
/// Observes a live Linux host in two batches: the host (hostname, os-release, one rtnetlink dump of
/// interfaces and addresses), then one /proc/sys read per sysctl and one read per file asked for.
/// </summary>
internal sealed class LinuxHostObserver(
    IKernelNetwork network,
    ISysctlAccess sysctls,
    IFileSystem files,
    TimeProvider clock,
    Func<string> hostname,
    IReadOnlyDictionary<string, string> labels) : IHostObserver
{
    public string Source => "live";

    public HostFacts ObserveHost() => new()
    {
        Platform = "linux",
        Hostname = hostname(),
        Labels = labels,
        CollectedAt = clock.GetUtcNow(),
        Os = OsRelease.Parse(files.Observe(OsRelease.Path).Content),
        Interfaces = network.ReadInterfaces(),

        // What the persistence style is chosen by, when the document says auto.
        Files = LinuxPersistencePaths.Detection.ToDictionary(p => p, files.Observe, StringComparer.Ordinal),
    };

    public HostFacts ObserveDetails(HostFacts host, ObservationScope scope)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in scope.Everything ? scope.Settings.Concat(ArpSysctls(host)) : scope.Settings)
        {
            settings[name] = SysctlName.TryParse(name, out var parsed, out _) ? sysctls.Read(parsed) : null;
        }

        var observed = new Dictionary<string, FileFacts>(host.Files, StringComparer.Ordinal);
        foreach (var path in scope.Everything ? scope.Files.Concat(KnownArtefacts()) : scope.Files)
        {
            observed[path] = files.Observe(path);
        }

        return host with { Settings = settings, Files = observed };
    }

    /// <summary>arp_ignore and arp_announce of all, default, lo and every interface: what a DSR real server's plan looks at.</summary>
    private static IEnumerable<string> ArpSysctls(HostFacts host)
    {
        foreach (var name in new[] { "all", "default", "lo" }.Concat(host.Interfaces.Select(i => i.Name)).Distinct(StringComparer.Ordinal))
        {
            foreach (var parameter in new[] { "arp_ignore", "arp_announce" })
            {
                var text = $"net.ipv4.conf.{name.Replace('.', '/')}.{parameter}";
                if (SysctlName.TryParse(text, out _, out _))
                {
                    yield return text;
                }
            }
        }
    }

    /// <summary>The fixed artefact paths of every style, and the ifcfg files network-scripts holds.</summary>
    private IEnumerable<string> KnownArtefacts() =>
        LinuxPersistencePaths.Known.Concat(files.List(LinuxPersistencePaths.NetworkScripts)
            .Where(n => n.StartsWith("ifcfg-", StringComparison.Ordinal))
            .Select(n => $"{LinuxPersistencePaths.NetworkScripts}/{n}"));
}
