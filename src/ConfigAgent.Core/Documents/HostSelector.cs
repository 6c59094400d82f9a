using ConfigAgent.Diagnostics;

namespace ConfigAgent.Documents;

/// <summary>
/// Which hosts a document applies to: hostname glob patterns (a leading <c>!</c> excludes),
/// labels from the host's facts, and networks one of its addresses must be in. All given parts
/// must match; an empty selector matches every host.
/// </summary>
public sealed record HostSelector(
    IReadOnlyList<string> Names,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<InterfaceAddress> Networks,
    SourceSpan Span)
{
    public static HostSelector All(SourceSpan span) => new([], new Dictionary<string, string>(), [], span);

    public bool MatchesEveryHost => Names.Count == 0 && Labels.Count == 0 && Networks.Count == 0;
}
