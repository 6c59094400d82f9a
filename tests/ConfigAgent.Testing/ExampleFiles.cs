namespace ConfigAgent.Testing;

/// <summary>
/// The YAML files under examples/, told apart by the schema their first line names
/// (<c># yaml-language-server: $schema=...</c>), as an editor tells them apart.
/// </summary>
public static class ExampleFiles
{
    public const string DesiredStateSchemaName = "desired-state-v1.schema.json";

    public const string AgentConfigSchemaName = "agent-config-v1.schema.json";

    /// <summary>
    /// Every example YAML file, relative to the repository root, with '/' separators. Hidden
    /// folders are left out as the loader leaves them out of a directory:
    /// examples/gitops/.github/workflows holds a GitHub Actions workflow, not desired state.
    /// </summary>
    public static IReadOnlyList<string> All() =>
        [.. Directory.EnumerateFiles(RepositoryPaths.Examples, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal))
            .Where(file => !Path.GetRelativePath(RepositoryPaths.Examples, file).Split('/').Any(part => part.StartsWith('.')))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>The examples that are desired-state documents: every file that names no other schema.</summary>
    public static IReadOnlyList<string> DesiredState() => [.. All().Where(file => SchemaName(file) is null or DesiredStateSchemaName)];

    /// <summary>The examples that are agent configurations.</summary>
    public static IReadOnlyList<string> AgentConfigurations() => [.. All().Where(file => SchemaName(file) == AgentConfigSchemaName)];

    /// <summary>The file name of the schema the file's yaml-language-server line names, or null when it names none.</summary>
    public static string? SchemaName(string file)
    {
        const string Marker = "$schema=";
        var first = File.ReadLines(Path.Combine(RepositoryPaths.Root, file)).FirstOrDefault() ?? "";
        var at = first.IndexOf(Marker, StringComparison.Ordinal);
        return first.StartsWith('#') && at >= 0 ? Path.GetFileName(first[(at + Marker.Length)..].Trim()) : null;
    }
}
