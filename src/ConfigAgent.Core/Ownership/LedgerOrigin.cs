using ConfigAgent.Diagnostics;

namespace ConfigAgent.Ownership;

/// <summary>
/// Where a removal comes from when the desired state no longer declares something ConfigAgent
/// created: the ledger, not a document. The removal guard counts these; <c>ensure: absent</c>
/// entries come from a document and are never counted.
/// </summary>
public static class LedgerOrigin
{
    public const string Name = "ownership ledger";

    public static SourceSpan Span => SourceSpan.None(Name);

    public static bool IsFrom(SourceSpan origin) => !origin.IsInFile && origin.File == Name;
}
