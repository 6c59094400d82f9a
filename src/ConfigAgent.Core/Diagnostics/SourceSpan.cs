namespace ConfigAgent.Diagnostics;

/// <summary>A position in a desired-state file: 1-based line and column, as editors count them.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    /// <summary>A span for things that do not come from a file (defaults, the ledger, facts).</summary>
    public static SourceSpan None(string origin) => new(origin, 0, 0);

    public bool IsInFile => Line > 0;

    public override string ToString() => IsInFile ? $"{File}:{Line}:{Column}" : File;
}
