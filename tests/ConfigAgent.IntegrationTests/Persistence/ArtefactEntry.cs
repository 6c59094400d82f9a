namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// A file, link or directory of a tree as a comparable value. Content holds the bytes one char
/// per byte (Latin-1), so that equal text means equal bytes and a difference still reads.
/// </summary>
internal sealed record ArtefactEntry(string Kind, string? Content, UnixFileMode? Mode, string? LinkTarget, DateTime? Modified);
