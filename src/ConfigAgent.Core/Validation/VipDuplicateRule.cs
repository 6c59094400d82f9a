using System.Net;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;

namespace ConfigAgent.Validation;

/// <summary>
/// A VIP is declared once per host: twice in one place is a typo, and on the loopback (DSR) and
/// on a NIC (HA) at once, or on two NICs, are two intentions that cannot both hold.
/// </summary>
internal sealed class VipDuplicateRule : IDocumentRule
{
    public void CheckDocument(DesiredStateDocument document, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<IPAddress, (VipPlacement Placement, SourceSpan Span)>();
        foreach (var (address, placement, span) in Declarations(document))
        {
            Check(seen, address, placement, span, sameDocument: true, diagnostics);
        }
    }

    public void CheckPair(DesiredStateDocument earlier, DesiredStateDocument later, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<IPAddress, (VipPlacement Placement, SourceSpan Span)>();
        foreach (var (address, placement, span) in Declarations(earlier))
        {
            seen.TryAdd(address, (placement, span));
        }

        foreach (var (address, placement, span) in Declarations(later))
        {
            Check(seen, address, placement, span, sameDocument: false, diagnostics);
        }
    }

    private static IEnumerable<(IPAddress Address, VipPlacement Placement, SourceSpan Span)> Declarations(DesiredStateDocument document)
    {
        foreach (var vip in document.LoopbackVips)
        {
            yield return (vip.Address.Address, VipPlacement.Loopback, vip.Span);
        }

        foreach (var vip in document.InterfaceVips)
        {
            yield return (vip.Address.Address, new VipPlacement(vip.Interface), vip.Span);
        }
    }

    private static void Check(
        Dictionary<IPAddress, (VipPlacement Placement, SourceSpan Span)> seen,
        IPAddress address,
        VipPlacement placement,
        SourceSpan span,
        bool sameDocument,
        DiagnosticBag diagnostics)
    {
        if (!seen.TryGetValue(address, out var first))
        {
            seen.Add(address, (placement, span));
            return;
        }

        var where = sameDocument ? $"line {first.Span.Line}" : first.Span.ToString();
        if (first.Placement == placement)
        {
            diagnostics.Error(span, $"{address} is declared twice as {placement.Describe()} (first at {where})");
        }
        else if (!first.Placement.IsLoopback && !placement.IsLoopback)
        {
            diagnostics.Error(span, $"{address} is declared twice: as {placement.Describe()} here and as {first.Placement.Describe()} at {where}");
        }
        else
        {
            diagnostics.Error(span,
                $"{address} is {placement.Describe()} here and {first.Placement.Describe()} at {where}: a host holds a VIP on the loopback (DSR) or on a NIC (HA), not both");
        }
    }

    /// <summary>Where a VIP is held: on the loopback (DSR) when <paramref name="Nic"/> is null, else on that NIC (HA).</summary>
    private readonly record struct VipPlacement(string? Nic)
    {
        public static VipPlacement Loopback => new(null);

        public bool IsLoopback => Nic is null;

        public string Describe() => Nic is null ? "a loopback VIP" : $"an interface VIP on {Nic}";
    }
}
