using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;

namespace ConfigAgent.Validation;

/// <summary>
/// A label the host's persistence style would not bring back at boot (<see cref="PersistedLabels"/>),
/// checked on the composed state, where the style and the labels may come from different
/// documents. <c>auto</c> is checked per host, when the platform resolves it.
/// </summary>
internal sealed class PersistedLabelRule : IDocumentRule
{
    public void CheckComposed(DesiredState state, DiagnosticBag diagnostics)
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
}
