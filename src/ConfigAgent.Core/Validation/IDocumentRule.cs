using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;

namespace ConfigAgent.Validation;

/// <summary>
/// A rule that relates entries to each other, where documents can meet on one host: inside a
/// document, between two documents, and on the state a host is composed of. Rules about a single
/// entry (an address, a name, a range) are checked while binding, where the YAML nodes are. A new
/// document section brings its rule here and adds it to <see cref="DesiredStateValidator"/>.
/// </summary>
internal interface IDocumentRule
{
    /// <summary>Problems inside one document.</summary>
    void CheckDocument(DesiredStateDocument document, DiagnosticBag diagnostics)
    {
    }

    /// <summary>Contradictions between two documents that may apply to one host, reported on <paramref name="later"/>.</summary>
    void CheckPair(DesiredStateDocument earlier, DesiredStateDocument later, DiagnosticBag diagnostics)
    {
    }

    /// <summary>Problems of the merged state, which no document shows alone.</summary>
    void CheckComposed(DesiredState state, DiagnosticBag diagnostics)
    {
    }
}
