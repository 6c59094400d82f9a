using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConfigAgent.Testing;

/// <summary>
/// Compares a loader's verdicts with a schema's in one ajv run: every document goes to ajv in one
/// array, each with the loader's verdict, under a schema that fails an item only where its verdict
/// differs, so that ajv reports just the disagreements.
/// </summary>
public static class SchemaAgreement
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// Judges every probe twice: <paramref name="loaderErrors"/> reads the probe's JSON as YAML
    /// (YAML 1.2 reads JSON as flow style) and returns its errors; the schema gets the same text
    /// converted back by <see cref="YamlToJson"/>. Returns the disagreements by probe family.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, List<string>>> JudgeAsync(
        IEnumerable<SchemaProbe> probes,
        Func<string, IReadOnlyList<string>> loaderErrors,
        string schema,
        CancellationToken cancellationToken)
    {
        var disagreements = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Disagree(SchemaProbe probe, string why)
        {
            if (!disagreements.TryGetValue(probe.Family, out var list))
            {
                disagreements[probe.Family] = list = [];
            }

            list.Add($"{probe.Value}: {why}");
        }

        var judged = new List<(SchemaProbe Probe, IReadOnlyList<string> Errors)>();
        var items = new List<(bool, JsonNode?)>();
        foreach (var probe in probes)
        {
            var yaml = probe.Document.ToJsonString(Indented);
            var errors = loaderErrors(yaml);
            var read = YamlToJson.Convert(yaml, "probe.yaml").Single();
            if (!JsonNode.DeepEquals(read, probe.Document))
            {
                Disagree(probe, $"the YAML reader reads it as {read?.ToJsonString()}");
                continue;
            }

            judged.Add((probe, errors));
            items.Add((errors.Count == 0, read));
        }

        foreach (var (index, errors) in await FindAsync(items, schema, cancellationToken))
        {
            var (probe, loaderSays) = judged[index];
            Disagree(probe, loaderSays.Count == 0
                ? $"the loader accepts it, the schema says: {string.Join("; ", errors)}"
                : $"the schema accepts it, the loader says: {string.Join(" | ", loaderSays)}");
        }

        return disagreements;
    }

    /// <summary>The disagreements by the index of their item, each with the schema's errors inside the document.</summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<SchemaError>>> FindAsync(
        IReadOnlyList<(bool LoaderAccepts, JsonNode? Document)> items,
        string schema,
        CancellationToken cancellationToken)
    {
        var array = new JsonArray([.. items.Select(i => new JsonObject { ["loaderAccepts"] = i.LoaderAccepts, ["document"] = i.Document?.DeepClone() })]);
        var wrapper = Path.Combine(Path.GetTempPath(), $"configagent-agreement-{Guid.NewGuid():N}.schema.json");
        try
        {
            await File.WriteAllTextAsync(wrapper, Wrapper(schema), cancellationToken);
            var verdict = (await AjvCli.ValidateAsync([array], wrapper, [schema], cancellationToken)).Single();
            return verdict.Errors.GroupBy(ItemIndex).ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<SchemaError>)[.. g.Where(e => e.InstancePath.Length > $"/{g.Key}/document".Length)]);
        }
        finally
        {
            File.Delete(wrapper);
        }
    }

    private static string Wrapper(string schema)
    {
        var id = (string)JsonNode.Parse(File.ReadAllText(schema))!["$id"]!;
        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["type"] = "array",
            ["items"] = new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("loaderAccepts", "document"),
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["loaderAccepts"] = new JsonObject { ["const"] = true } } },
                ["then"] = new JsonObject { ["properties"] = new JsonObject { ["document"] = new JsonObject { ["$ref"] = id } } },
                ["else"] = new JsonObject { ["properties"] = new JsonObject { ["document"] = new JsonObject { ["not"] = new JsonObject { ["$ref"] = id } } } },
            },
        }.ToJsonString();
    }

    private static int ItemIndex(SchemaError error) =>
        int.Parse(error.InstancePath.Split('/')[1], CultureInfo.InvariantCulture);
}
