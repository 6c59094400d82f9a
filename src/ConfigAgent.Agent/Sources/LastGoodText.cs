namespace ConfigAgent.Agent.Sources;

/// <summary>One desired-state file of the last good revision, as it was read.</summary>
internal sealed record LastGoodText(string Path, string Text);
