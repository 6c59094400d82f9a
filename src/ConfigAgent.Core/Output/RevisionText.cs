namespace ConfigAgent.Output;

/// <summary>How outputs for people show a desired-state revision: the first 12 hex digits of its hash, as git shows a commit.</summary>
public static class RevisionText
{
    /// <summary>"xxh128:0123456789abcdef..." as "0123456789ab"; a revision of another shape as it is.</summary>
    public static string Short(string revision) =>
        revision.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 && revision.Length > colon + 12 ? revision[(colon + 1)..(colon + 13)] : revision;
}
