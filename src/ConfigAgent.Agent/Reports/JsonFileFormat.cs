namespace ConfigAgent.Agent.Reports;

/// <summary>The <c>format</c> every ConfigAgent JSON file starts with, read before the rest: a file of another kind is named as such.</summary>
internal sealed record JsonFileFormat(string? Format = null);
