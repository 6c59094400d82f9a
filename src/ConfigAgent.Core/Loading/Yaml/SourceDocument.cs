using ConfigAgent.Diagnostics;

namespace ConfigAgent.Loading.Yaml;

/// <summary>One YAML document of a file (a file may hold several, separated by <c>---</c>).</summary>
/// <param name="File">The path as the user gave it, used in messages.</param>
/// <param name="Index">0-based position of the document in its file.</param>
/// <param name="Root">The root node; null for an empty document.</param>
/// <param name="Span">Where the document starts.</param>
public sealed record SourceDocument(string File, int Index, SourceNode? Root, SourceSpan Span);
