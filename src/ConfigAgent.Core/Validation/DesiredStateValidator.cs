using ConfigAgent.Composition;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Selection;

namespace ConfigAgent.Validation;

/// <summary>
/// Stage 2 of the pipeline, validation: the rules that relate entries to each other, applied
/// wherever documents can meet on one host. Pure: it reports problems and changes nothing.
/// </summary>
public static class DesiredStateValidator
{
    // The order is the order of the messages at one position.
    private static readonly IDocumentRule[] Rules =
    [
        new VipDuplicateRule(),
        new SysctlAgreementRule(),
        new ArpPolicyRule(),
        new PlatformOptionRule(),
        new PersistedLabelRule(),
    ];

    /// <summary>
    /// Every document alone, and every two that may meet on one host, also as a host would get
    /// them composed. Without an inventory, documents whose selectors could meet on one host are
    /// checked against each other; disjoint ones ("web-*" and "db-*") may reuse addresses.
    /// </summary>
    public static void Validate(DocumentSet documents, DiagnosticBag diagnostics)
    {
        var all = documents.Documents;
        foreach (var document in all)
        {
            foreach (var rule in Rules)
            {
                rule.CheckDocument(document, diagnostics);
            }

            CheckComposed(DesiredStateComposer.Merge([document]), diagnostics);
        }

        for (var i = 0; i < all.Count; i++)
        {
            for (var j = i + 1; j < all.Count; j++)
            {
                if (HostSelection.MayOverlap(all[i].Hosts, all[j].Hosts))
                {
                    CheckPair(all[i], all[j], diagnostics);
                    CheckComposed(DesiredStateComposer.Merge([all[i], all[j]]), diagnostics);
                }
            }
        }
    }

    /// <summary>The documents that one host got, each two against each other, and their composed state.</summary>
    public static void ValidateHost(DesiredState state, DiagnosticBag diagnostics)
    {
        var selected = state.Documents;
        for (var i = 0; i < selected.Count; i++)
        {
            for (var j = i + 1; j < selected.Count; j++)
            {
                CheckPair(selected[i], selected[j], diagnostics);
            }
        }

        CheckComposed(state, diagnostics);
    }

    private static void CheckPair(DesiredStateDocument earlier, DesiredStateDocument later, DiagnosticBag diagnostics)
    {
        foreach (var rule in Rules)
        {
            rule.CheckPair(earlier, later, diagnostics);
        }
    }

    private static void CheckComposed(DesiredState state, DiagnosticBag diagnostics)
    {
        foreach (var rule in Rules)
        {
            rule.CheckComposed(state, diagnostics);
        }
    }
}
