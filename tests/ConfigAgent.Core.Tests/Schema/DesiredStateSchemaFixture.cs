using System.Text.Json.Nodes;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Schema;

/// <summary>
/// Validates every example file and every case of <see cref="SchemaCases"/> against the schema in
/// a single ajv run, once for the test class; the tests read their verdicts from here.
/// </summary>
public sealed class DesiredStateSchemaFixture : IAsyncLifetime
{
    private readonly Dictionary<string, IReadOnlyList<SchemaVerdict>> _verdicts = new(StringComparer.Ordinal);

    /// <summary>The desired-state example files (agent configurations have tests of their own), relative to the repository root.</summary>
    public static IReadOnlyList<string> ExampleFiles() => Testing.ExampleFiles.DesiredState();

    public static string ExampleKey(string file) => "example:" + file;

    public static string InvalidKey(string name) => "invalid:" + name;

    public static string ValidKey(string name) => "valid:" + name;

    public static string GapKey(string name) => "gap:" + name;

    public async ValueTask InitializeAsync()
    {
        if (NodeTools.MissingReason is not null)
        {
            return;
        }

        var batch = new List<(string Key, JsonNode? Document)>();
        foreach (var file in ExampleFiles())
        {
            Add(batch, ExampleKey(file), await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, file)), file);
        }

        foreach (var @case in SchemaCases.Invalid)
        {
            Add(batch, InvalidKey(@case.Name), @case.Yaml, "case.yaml");
        }

        foreach (var @case in SchemaCases.Valid)
        {
            Add(batch, ValidKey(@case.Name), @case.Yaml, "case.yaml");
        }

        foreach (var @case in SchemaCases.LooserThanLoader)
        {
            Add(batch, GapKey(@case.Name), @case.Yaml, "case.yaml");
        }

        var verdicts = await AjvCli.ValidateAsync([.. batch.Select(b => b.Document)], AjvCli.DesiredStateSchema, [], TestContext.Current.CancellationToken);
        foreach (var group in batch.Zip(verdicts).GroupBy(x => x.First.Key, x => x.Second))
        {
            _verdicts[group.Key] = [.. group];
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>The schema's verdict on each document of the file behind <paramref name="key"/>.</summary>
    internal IReadOnlyList<SchemaVerdict> Verdicts(string key)
    {
        if (NodeTools.MissingReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return _verdicts.TryGetValue(key, out var verdicts) ? verdicts : [];
    }

    // Empty documents (a trailing '---') only warn in the loader: they are not sent to the schema.
    private static void Add(List<(string Key, JsonNode? Document)> batch, string key, string yaml, string file) =>
        batch.AddRange(YamlToJson.Convert(yaml, file).Where(document => document is not null).Select(document => (key, document)));
}
