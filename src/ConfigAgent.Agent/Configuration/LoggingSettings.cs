namespace ConfigAgent.Agent.Configuration;

/// <summary>Where the agent logs and in what shape.</summary>
/// <param name="Json">One JSON object per event (for log shippers) instead of text.</param>
/// <param name="File">A rolling log file; null logs to the console only.</param>
public sealed record LoggingSettings(string Level = "Information", bool Json = false, string? File = null, int RetainedFiles = 7);
