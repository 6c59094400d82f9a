using System.Net;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;

namespace ConfigAgent.Validation;

/// <summary>
/// Checks the rules that relate entries to each other, within a document and between documents
/// that can meet on one host, and merges the documents of a host into one <see cref="DesiredState"/>.
/// </summary>
public sealed class DesiredStateComposer
{
    /// <summary>Duplicates and self-contradictions inside one document.</summary>
    public void CheckDocument(DesiredStateDocument document, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<IPAddress, (string Kind, SourceSpan Span)>();
        foreach (var vip in document.LoopbackVips)
        {
            CheckDuplicate(seen, vip.Address.Address, "a loopback VIP", vip.Span, sameDocument: true, diagnostics);
        }

        foreach (var vip in document.InterfaceVips)
        {
            CheckDuplicate(seen, vip.Address.Address, $"an interface VIP on {vip.Interface}", vip.Span, sameDocument: true, diagnostics);
        }

        var policy = EffectivePolicy([document]);
        if (policy is not null)
        {
            CheckSysctlsAgainstPolicy(document.Sysctls, policy, diagnostics);
        }

        FailoverRules.CheckDocument(document, diagnostics);
    }

    /// <summary>Conflicts between two documents that may apply to one host; reported on <paramref name="later"/>.</summary>
    public void CheckPair(DesiredStateDocument earlier, DesiredStateDocument later, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<IPAddress, (string Kind, SourceSpan Span)>();
        foreach (var vip in earlier.LoopbackVips)
        {
            seen.TryAdd(vip.Address.Address, ("a loopback VIP", vip.Span));
        }

        foreach (var vip in earlier.InterfaceVips)
        {
            seen.TryAdd(vip.Address.Address, ($"an interface VIP on {vip.Interface}", vip.Span));
        }

        foreach (var vip in later.LoopbackVips)
        {
            CheckDuplicate(seen, vip.Address.Address, "a loopback VIP", vip.Span, sameDocument: false, diagnostics);
        }

        foreach (var vip in later.InterfaceVips)
        {
            CheckDuplicate(seen, vip.Address.Address, $"an interface VIP on {vip.Interface}", vip.Span, sameDocument: false, diagnostics);
        }

        foreach (var setting in later.Sysctls)
        {
            var other = earlier.Sysctls.FirstOrDefault(s => s.Name.Equals(setting.Name));
            if (other is not null && (other.Value != setting.Value || other.Ensure != setting.Ensure))
            {
                diagnostics.Error(setting.Span,
                    $"sysctl {setting.Name} is {Show(setting)} here but {Show(other)} at {other.Span}: documents for the same host must agree");
            }
        }

        if (EffectivePolicy([earlier]) is { } earlierPolicy)
        {
            CheckSysctlsAgainstPolicy(later.Sysctls, earlierPolicy, diagnostics);
        }

        if (EffectivePolicy([later]) is { } laterPolicy)
        {
            CheckSysctlsAgainstPolicy(earlier.Sysctls, laterPolicy, diagnostics);
        }

        if (earlier.Arp is { } a && later.Arp is { } b && (a.Ignore != b.Ignore || a.Announce != b.Announce))
        {
            diagnostics.Error(b.Span,
                $"this ARP policy (ignore {b.Ignore}, announce {b.Announce}) contradicts the one at {a.Span} (ignore {a.Ignore}, announce {a.Announce})");
        }

        PlatformOptionConflicts.Check(earlier, later, diagnostics);
        FailoverRules.CheckPair(earlier, later, diagnostics);
    }

    /// <summary>Merges the documents of one host and checks the result is safe to apply.</summary>
    public DesiredState Merge(IReadOnlyList<DesiredStateDocument> documents, DiagnosticBag diagnostics)
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

        var state = new DesiredState
        {
            Documents = documents,
            LoopbackVips = loopback,
            InterfaceVips = interfaceVips,
            Arp = EffectivePolicy(documents),
            Sysctls = sysctls,
            Linux = PlatformOptionConflicts.MergeLinux(documents),
            Aix = PlatformOptionConflicts.MergeAix(documents),
            Windows = PlatformOptionConflicts.MergeWindows(documents),
        };

        if (state.HasIPv4LoopbackVips && state.Arp is { IsDerived: false } policy && policy.DsrLeak() is { } leak)
        {
            var vip = loopback.First(v => v.Ensure == Ensure.Present && !v.Address.IsIPv6);
            diagnostics.Error(policy.Span, $"{leak} (DSR VIP {vip.Address.Address} at {vip.Span})");
        }

        CheckPersistedLabels(state, diagnostics);
        return state;
    }

    /// <summary>A label the chosen persistence style would not bring back at boot (auto is checked per host, when it is resolved).</summary>
    private static void CheckPersistedLabels(DesiredState state, DiagnosticBag diagnostics)
    {
        if (state.Linux.Addresses is not ({ } style and (AddressPersistence.NetworkScripts or AddressPersistence.NetworkManager)))
        {
            return;
        }

        foreach (var vip in state.LoopbackVips)
        {
            if (vip is { Label: { } label, Ensure: Ensure.Present } && PersistedLabels.Problem(label, "lo", style) is { } problem)
            {
                diagnostics.Error(vip.LabelSpan, problem);
            }
        }

        foreach (var vip in state.InterfaceVips)
        {
            if (vip is { Label: { } label, Ensure: Ensure.Present } && PersistedLabels.Problem(label, vip.Interface, style) is { } problem)
            {
                diagnostics.Error(vip.LabelSpan, problem);
            }
        }
    }

    /// <summary>
    /// The policy in force for these documents: the written ones (levels must agree; their
    /// interfaces are joined), else the seed's default when an IPv4 DSR VIP must be present.
    /// </summary>
    internal static ArpPolicy? EffectivePolicy(IReadOnlyList<DesiredStateDocument> documents)
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

    private static void CheckSysctlsAgainstPolicy(IReadOnlyList<SysctlSetting> sysctls, ArpPolicy policy, DiagnosticBag diagnostics)
    {
        var implied = policy.Sysctls().ToDictionary(s => s.Name, s => s.Value);
        foreach (var setting in sysctls)
        {
            if (implied.TryGetValue(setting.Name, out var value) && setting.Value != value)
            {
                var source = policy.IsDerived ? $"the default ARP policy for the DSR VIP at {policy.Span}" : $"the ARP policy at {policy.Span}";
                diagnostics.Error(setting.Span,
                    $"sysctl {setting.Name} is {Show(setting)} here but {value} by {source}: change ARP levels through 'arp', not 'sysctls'");
            }
        }
    }

    private static void CheckDuplicate(
        Dictionary<IPAddress, (string Kind, SourceSpan Span)> seen,
        IPAddress address,
        string kind,
        SourceSpan span,
        bool sameDocument,
        DiagnosticBag diagnostics)
    {
        if (!seen.TryGetValue(address, out var first))
        {
            seen.Add(address, (kind, span));
            return;
        }

        var where = sameDocument ? $"line {first.Span.Line}" : first.Span.ToString();
        if (first.Kind == kind)
        {
            diagnostics.Error(span, $"{address} is declared twice as {kind} (first at {where})");
        }
        else if (first.Kind.StartsWith("an interface", StringComparison.Ordinal) && kind.StartsWith("an interface", StringComparison.Ordinal))
        {
            diagnostics.Error(span, $"{address} is declared twice: as {kind} here and as {first.Kind} at {where}");
        }
        else
        {
            diagnostics.Error(span, $"{address} is {kind} here and {first.Kind} at {where}: a host holds a VIP on the loopback (DSR) or on a NIC (HA), not both");
        }
    }

    private static string Show(SysctlSetting setting) => setting.Ensure == Ensure.Absent ? "'ensure: absent'" : setting.Value!;
}
