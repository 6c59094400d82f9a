namespace ConfigAgent.Testing;

/// <summary>
/// A small file for the schema tests (a desired-state document, an agent configuration). An
/// invalid case names the loader's message (a fragment of it) and the JSON pointer where the
/// schema must report its error, so that both refuse it for the same reason and not by accident.
/// </summary>
public sealed record SchemaCase(string Name, string Yaml, string? LoaderMessage = null, string? SchemaPath = null)
{
    public override string ToString() => Name;
}
