using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;

namespace ConfigAgent.Validation;

/// <summary>
/// One ARP policy per host, and one that keeps a DSR real server silent for its loopback VIPs:
/// written policies agree on their levels, and the policy in force does not leak.
/// </summary>
internal sealed class ArpPolicyRule : IDocumentRule
{
    public void CheckPair(DesiredStateDocument earlier, DesiredStateDocument later, DiagnosticBag diagnostics)
    {
        if (earlier.Arp is { } a && later.Arp is { } b && (a.Ignore != b.Ignore || a.Announce != b.Announce))
        {
            diagnostics.Error(b.Span,
                $"this ARP policy (ignore {b.Ignore}, announce {b.Announce}) contradicts the one at {a.Span} (ignore {a.Ignore}, announce {a.Announce})");
        }
    }

    public void CheckComposed(DesiredState state, DiagnosticBag diagnostics)
    {
        if (state.HasIPv4LoopbackVips && state.Arp is { IsDerived: false } policy && policy.DsrLeak() is { } leak)
        {
            var vip = state.LoopbackVips.First(v => v.Ensure == Ensure.Present && !v.Address.IsIPv6);
            diagnostics.Error(policy.Span, $"{leak} (DSR VIP {vip.Address.Address} at {vip.Span})");
        }
    }
}
