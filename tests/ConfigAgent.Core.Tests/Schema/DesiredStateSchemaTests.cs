using System.Text.Json.Nodes;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Loading.Binding;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Schema;

/// <summary>
/// schemas/desired-state-v1.schema.json judges documents as the loader does: the examples and the
/// valid edge cases pass both, and each invalid case fails both at the same place.
/// </summary>
public sealed class DesiredStateSchemaTests(DesiredStateSchemaFixture schema) : IClassFixture<DesiredStateSchemaFixture>
{
    public static TheoryData<string> Examples => [.. DesiredStateSchemaFixture.ExampleFiles()];

    public static TheoryData<string> InvalidCases => [.. SchemaCases.Invalid.Select(c => c.Name)];

    public static TheoryData<string> ValidCases => [.. SchemaCases.Valid.Select(c => c.Name)];

    public static TheoryData<string> Gaps => [.. SchemaCases.LooserThanLoader.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_is_valid_for_the_loader_and_the_schema(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, file));

        var diagnostics = Load(file, text);
        var verdicts = schema.Verdicts(DesiredStateSchemaFixture.ExampleKey(file));

        Assert.False(diagnostics.HasErrors, $"The loader refuses {file}:\n{string.Join('\n', diagnostics.Sorted())}");
        Assert.NotEmpty(verdicts);
        Assert.All(verdicts, (verdict, index) => Assert.True(verdict.IsValid, $"The schema refuses document {index + 1} of {file}: {verdict}"));
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Invalid_document_is_rejected_by_the_schema_and_the_loader(string name)
    {
        var @case = SchemaCases.Find(SchemaCases.Invalid, name);

        var errors = Load("case.yaml", @case.Yaml).Items.Where(d => d.IsError).Select(d => d.Message).ToList();
        var verdicts = schema.Verdicts(DesiredStateSchemaFixture.InvalidKey(name));

        Assert.True(
            errors.Any(e => e.Contains(@case.LoaderMessage!, StringComparison.Ordinal)),
            $"The loader should say \"{@case.LoaderMessage}\"; it says:\n{string.Join('\n', errors)}");
        var schemaErrors = verdicts.SelectMany(v => v.Errors).ToList();
        Assert.True(
            schemaErrors.Any(e => e.IsAt(@case.SchemaPath!)),
            $"The schema should refuse the document at '{@case.SchemaPath}'; it says: {string.Join("; ", verdicts)}");
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Valid_edge_case_is_accepted_by_the_schema_and_the_loader(string name)
    {
        var @case = SchemaCases.Find(SchemaCases.Valid, name);

        var diagnostics = Load("case.yaml", @case.Yaml);
        var verdicts = schema.Verdicts(DesiredStateSchemaFixture.ValidKey(name));

        Assert.False(diagnostics.HasErrors, $"The loader refuses the case:\n{string.Join('\n', diagnostics.Sorted())}");
        Assert.Equal(YamlToJson.Convert(@case.Yaml).Count, verdicts.Count);
        Assert.All(verdicts, (verdict, index) => Assert.True(verdict.IsValid, $"The schema refuses document {index + 1}: {verdict}"));
    }

    [Theory]
    [MemberData(nameof(Gaps))]
    public void Rule_beyond_a_schema_is_enforced_by_the_loader_alone(string name)
    {
        var @case = SchemaCases.Find(SchemaCases.LooserThanLoader, name);

        var errors = Load("case.yaml", @case.Yaml).Items.Where(d => d.IsError).Select(d => d.Message).ToList();
        var verdicts = schema.Verdicts(DesiredStateSchemaFixture.GapKey(name));

        Assert.True(
            errors.Any(e => e.Contains(@case.LoaderMessage!, StringComparison.Ordinal)),
            $"The loader should say \"{@case.LoaderMessage}\"; it says:\n{string.Join('\n', errors)}");
        Assert.NotEmpty(verdicts);
        Assert.All(verdicts, verdict => Assert.True(verdict.IsValid, $"The schema now refuses this too ({verdict}): move the case to SchemaCases.Invalid"));
    }

    [Fact]
    public void Every_example_names_the_schema_it_follows_on_its_first_line()
    {
        var files = ExampleFiles.All();

        var unnamed = files.Where(file => ExampleFiles.SchemaName(file) is not (ExampleFiles.DesiredStateSchemaName or ExampleFiles.AgentConfigSchemaName));

        Assert.NotEmpty(files);
        Assert.Empty(unnamed);
    }

    [Fact]
    public void Schema_is_draft_2020_12_with_an_id_a_title_and_a_description()
    {
        var root = JsonNode.Parse(File.ReadAllText(AjvCli.DesiredStateSchema))!.AsObject();

        var header = (string?)root["$schema"];

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", header);
        Assert.False(string.IsNullOrWhiteSpace((string?)root["$id"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)root["title"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)root["description"]));
        Assert.False((bool?)root["additionalProperties"]);
    }

    [Fact]
    public void Schema_knows_exactly_the_keys_of_the_document()
    {
        var root = JsonNode.Parse(File.ReadAllText(AjvCli.DesiredStateSchema))!.AsObject();

        var keys = root["properties"]!.AsObject().Select(p => p.Key);

        Assert.Equal(DocumentBinder.Keys.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    private static DiagnosticBag Load(string file, string text)
    {
        var diagnostics = new DiagnosticBag();
        new DesiredStateReader().Read([new SourceText(file, text)], diagnostics);
        return diagnostics;
    }
}
