namespace ConfigAgent.Output;

/// <summary>One format a subject can be printed in: its <c>--format</c> name and its renderer.</summary>
/// <remarks>A class, not a record: nothing compares formats, and a record's equality is type data every start of the binary loads.</remarks>
public sealed class OutputFormat<T>(string name, Func<T, bool, string> render)
{
    /// <summary>What <c>--format</c> takes: <c>text</c>, <c>json</c>, <c>markdown</c>, <c>dot</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The subject as that format; the flag says whether the terminal takes colour (only text uses it).</summary>
    public Func<T, bool, string> Render { get; } = render;
}
