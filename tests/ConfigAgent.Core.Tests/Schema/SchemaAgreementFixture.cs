using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Schema;

/// <summary>
/// Judges every generated probe twice, once for the test class. The loader reads the probe's JSON
/// as YAML (YAML 1.2 reads JSON as flow style); the schema gets the same text converted back by
/// <see cref="YamlToJson"/>. All probes go to ajv as one array, each with the loader's verdict, under
/// a schema that fails an item only where its verdict differs: ajv reports just the disagreements.
/// </summary>
public sealed class SchemaAgreementFixture : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly Dictionary<string, List<string>> _disagreements = new(StringComparer.Ordinal);

    internal static IReadOnlyList<SchemaProbe> Probes { get; } =
        [.. AddressProbes.All(), .. NameProbes.All(), .. SysctlProbes.All(), .. ShapeProbes.All()];

    public static IReadOnlyList<string> Families { get; } = [.. Probes.Select(p => p.Family).Distinct()];

    public async ValueTask InitializeAsync()
    {
        if (NodeTools.MissingReason is not null)
        {
            return;
        }

        var loader = new DesiredStateLoader();
        var judged = new List<(SchemaProbe Probe, string[] Errors)>();
        var items = new JsonArray();
        foreach (var probe in Probes)
        {
            var yaml = probe.Document.ToJsonString(Indented);
            var diagnostics = new DiagnosticBag();
            loader.Load([new SourceText("probe.yaml", yaml)], diagnostics);
            var read = YamlToJson.Convert(yaml, "probe.yaml").Single();
            if (!JsonNode.DeepEquals(read, probe.Document))
            {
                Disagree(probe, $"the YAML reader reads it as {read?.ToJsonString()}");
                continue;
            }

            var errors = diagnostics.Items.Where(d => d.IsError).Select(d => d.Message).ToArray();
            judged.Add((probe, errors));
            items.Add(new JsonObject { ["loaderAccepts"] = errors.Length == 0, ["document"] = read });
        }

        var schema = Path.Combine(Path.GetTempPath(), $"configagent-agreement-{Guid.NewGuid():N}.schema.json");
        try
        {
            await File.WriteAllTextAsync(schema, AgreementSchema(), TestContext.Current.CancellationToken);
            var verdict = (await AjvCli.ValidateAsync([items], schema, [AjvCli.DesiredStateSchema], TestContext.Current.CancellationToken)).Single();
            foreach (var (index, errors) in verdict.Errors.GroupBy(ItemIndex).Select(g => (g.Key, g.ToList())))
            {
                var (probe, loaderErrors) = judged[index];
                Disagree(probe, loaderErrors.Length == 0
                    ? $"the loader accepts it, the schema says: {string.Join("; ", errors.Where(e => e.InstancePath.Length > $"/{index}/document".Length))}"
                    : $"the schema accepts it, the loader says: {string.Join(" | ", loaderErrors)}");
            }
        }
        finally
        {
            File.Delete(schema);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    internal IReadOnlyList<string> Disagreements(string family)
    {
        if (NodeTools.MissingReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return _disagreements.TryGetValue(family, out var found) ? found : [];
    }

    private static string AgreementSchema()
    {
        var id = (string)JsonNode.Parse(File.ReadAllText(AjvCli.DesiredStateSchema))!["$id"]!;
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

    private void Disagree(SchemaProbe probe, string why)
    {
        if (!_disagreements.TryGetValue(probe.Family, out var list))
        {
            _disagreements[probe.Family] = list = [];
        }

        list.Add($"{probe.Value}: {why}");
    }
}
