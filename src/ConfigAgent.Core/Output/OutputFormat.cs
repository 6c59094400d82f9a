namespace ConfigAgent.Output;

/// <summary>One format a subject can be printed in: its <c>--format</c> name and its renderer.</summary>
/// <param name="Name">What <c>--format</c> takes: <c>text</c>, <c>json</c>, <c>markdown</c>, <c>dot</c>.</param>
/// <param name="Render">The subject as that format; the flag says whether the terminal takes colour (only text uses it).</param>
public sealed record OutputFormat<T>(string Name, Func<T, bool, string> Render);
