using ConfigAgent.Composition;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;

namespace ConfigAgent.Validation;

/// <summary>
/// A sysctl has one value per host: documents that meet on a host agree on it, and the ARP
/// levels are set through <c>arp</c>, so that the policy and a stray sysctl never fight.
/// </summary>
internal sealed class SysctlAgreementRule : IDocumentRule
{
    public void CheckDocument(DesiredStateDocument document, DiagnosticBag diagnostics)
    {
        if (DesiredStateComposer.EffectivePolicy([document]) is { } policy)
        {
            CheckAgainstPolicy(document.Sysctls, policy, diagnostics);
        }
    }

    public void CheckPair(DesiredStateDocument earlier, DesiredStateDocument later, DiagnosticBag diagnostics)
    {
        foreach (var setting in later.Sysctls)
        {
            var other = earlier.Sysctls.FirstOrDefault(s => s.Name.Equals(setting.Name));
            if (other is not null && (other.Value != setting.Value || other.Ensure != setting.Ensure))
            {
                diagnostics.Error(setting.Span,
                    $"sysctl {setting.Name} is {Show(setting)} here but {Show(other)} at {other.Span}: documents for the same host must agree");
            }
        }

        if (DesiredStateComposer.EffectivePolicy([earlier]) is { } earlierPolicy)
        {
            CheckAgainstPolicy(later.Sysctls, earlierPolicy, diagnostics);
        }

        if (DesiredStateComposer.EffectivePolicy([later]) is { } laterPolicy)
        {
            CheckAgainstPolicy(earlier.Sysctls, laterPolicy, diagnostics);
        }
    }

    private static void CheckAgainstPolicy(IReadOnlyList<SysctlSetting> sysctls, ArpPolicy policy, DiagnosticBag diagnostics)
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

    private static string Show(SysctlSetting setting) => setting.Ensure == Ensure.Absent ? "'ensure: absent'" : setting.Value!;
}
