using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Selection;

namespace ConfigAgent.Validation;

/// <summary>
/// The rules between failover groups, documents and hosts (issue 15): one router id names one
/// group on a link, and every host a failover VIP reaches is a member of its group. The rules
/// inside one group are the binder's.
/// </summary>
internal sealed class FailoverRule : IDocumentRule
{
    /// <summary>Groups of one document that share a router id on one interface, and hosts it names that its groups lack.</summary>
    public void CheckDocument(DesiredStateDocument document, DiagnosticBag diagnostics)
    {
        CheckRouterIds(document.InterfaceVips, [], sameDocument: true, diagnostics);

        // Hostnames written out (no wildcard) are known now; the rest are checked per host.
        var named = document.Hosts.Names.Where(n => !HostnamePattern.IsExclusion(n) && !n.Contains('*', StringComparison.Ordinal) && !n.Contains('?', StringComparison.Ordinal));
        foreach (var (vip, group) in Groups(document.InterfaceVips))
        {
            foreach (var host in named.Where(h => group.IndexOf(h) < 0))
            {
                diagnostics.Error(group.Span, NotAMember(host, document, vip, group));
            }
        }
    }

    /// <summary>A router id that two documents for one host give to different groups on one interface; reported on <paramref name="later"/>.</summary>
    public void CheckPair(DesiredStateDocument earlier, DesiredStateDocument later, DiagnosticBag diagnostics) =>
        CheckRouterIds(later.InterfaceVips, earlier.InterfaceVips, sameDocument: false, diagnostics);

    /// <summary>Every failover VIP that reaches the host the state was composed for has it among the members of its group.</summary>
    public void CheckComposed(DesiredState state, DiagnosticBag diagnostics)
    {
        if (state.Hostname is not { } hostname)
        {
            return;
        }

        foreach (var document in state.Documents)
        {
            foreach (var (vip, group) in Groups(document.InterfaceVips))
            {
                if (group.IndexOf(hostname) < 0)
                {
                    diagnostics.Error(group.Span, NotAMember(hostname, document, vip, group));
                }
            }
        }
    }

    private static void CheckRouterIds(IReadOnlyList<InterfaceVip> vips, IReadOnlyList<InterfaceVip> earlier, bool sameDocument, DiagnosticBag diagnostics)
    {
        var seen = Groups(earlier).ToList();
        foreach (var (vip, group) in Groups(vips))
        {
            var clash = seen.FirstOrDefault(s => s.Vip.Interface == vip.Interface && s.Group.RouterId == group.RouterId && !s.Group.SameGroupAs(group));
            if (clash.Group is not null)
            {
                var where = sameDocument ? $"line {clash.Group.Span.Line}" : clash.Group.Span.ToString();
                diagnostics.Error(group.RouterIdSpan,
                    $"router id {group.RouterId} on {vip.Interface} already names the group of {clash.Vip.Address} at {where}, with other members or settings: "
                    + "one router id is one VRRP group on a link (VIPs of one group repeat its failover block as it is)");
            }
            else
            {
                seen.Add((vip, group));
            }
        }
    }

    private static IEnumerable<(InterfaceVip Vip, FailoverGroup Group)> Groups(IReadOnlyList<InterfaceVip> vips)
    {
        foreach (var vip in vips)
        {
            if (vip.Failover is { } group)
            {
                yield return (vip, group);
            }
        }
    }

    private static string NotAMember(string host, DesiredStateDocument document, InterfaceVip vip, FailoverGroup group) =>
        $"host {host} is selected by document '{document.Name}' but is not a member of the failover group of {vip.Address} on {vip.Interface} "
        + $"(members: {string.Join(", ", group.Members.Select(m => m.Host))}): only members run VRRP for the VIP; narrow the document's hosts or add the host";
}
