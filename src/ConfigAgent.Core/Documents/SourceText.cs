namespace ConfigAgent.Documents;

/// <summary>A desired-state file's text and the path it is reported under.</summary>
public sealed record SourceText(string Path, string Text);
