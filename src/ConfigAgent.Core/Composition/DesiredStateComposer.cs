using System.Net;
using ConfigAgent.Documents;
using ConfigAgent.Selection;

namespace ConfigAgent.Composition;

/// <summary>
/// Stage 3 of the pipeline, composition: the desired state of one host is the documents that
/// select it, merged in file order. Pure: it reports nothing. Whether the composed state is safe
/// to apply is validation's question (<c>DesiredStateValidator.ValidateHost</c>).
/// </summary>
public static class DesiredStateComposer
{
    /// <summary>The documents of <paramref name="documents"/> that select <paramref name="host"/>, merged.</summary>
    public static DesiredState Compose(DocumentSet documents, HostIdentity host) =>
        Merge([.. documents.Documents.Where(d => HostSelection.Matches(d.Hosts, host))]);

    /// <summary>
    /// Merges documents in order: the first that declares a VIP, a sysctl or a platform option
    /// decides it. Documents that contradict each other are validation's to refuse.
    /// </summary>
    public static DesiredState Merge(IReadOnlyList<DesiredStateDocument> documents)
    {
        var loopback = new List<LoopbackVip>();
        var interfaceVips = new List<InterfaceVip>();
        var sysctls = new List<SysctlSetting>();
        var addresses = new HashSet<IPAddress>();
        var sysctlNames = new HashSet<SysctlName>();
        foreach (var document in documents)
        {
            loopback.AddRange(document.LoopbackVips.Where(v => addresses.Add(v.Address.Address)));
            interfaceVips.AddRange(document.InterfaceVips.Where(v => addresses.Add(v.Address.Address)));
            sysctls.AddRange(document.Sysctls.Where(s => sysctlNames.Add(s.Name)));
        }

        return new DesiredState
        {
            Documents = documents,
            LoopbackVips = loopback,
            InterfaceVips = interfaceVips,
            Arp = EffectivePolicy(documents),
            Sysctls = sysctls,
            Linux = PlatformOptionMerge.Linux(documents),
            Aix = PlatformOptionMerge.Aix(documents),
            Windows = PlatformOptionMerge.Windows(documents),
        };
    }

    /// <summary>
    /// The policy in force for these documents: the written ones (levels must agree; their
    /// interfaces are joined), else the seed's default when an IPv4 DSR VIP must be present.
    /// </summary>
    public static ArpPolicy? EffectivePolicy(IReadOnlyList<DesiredStateDocument> documents)
    {
        var written = documents.Where(d => d.Arp is not null).Select(d => d.Arp!).ToList();
        if (written.Count > 0)
        {
            var interfaces = written.SelectMany(p => p.Interfaces).Distinct(StringComparer.Ordinal).ToList();
            return written[0] with { Interfaces = interfaces };
        }

        var dsr = documents.SelectMany(d => d.LoopbackVips).FirstOrDefault(v => v.Ensure == Ensure.Present && !v.Address.IsIPv6);
        return dsr is null ? null : ArpPolicy.DsrDefault(dsr.Span);
    }
}
