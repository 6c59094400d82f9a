using System.Text.Json.Nodes;
using ConfigAgent.Agent.Configuration;
using ConfigAgent.Diagnostics;
using ConfigAgent.Testing;

namespace ConfigAgent.Agent.Tests.Configuration;

/// <summary>
/// schemas/agent-config-v1.schema.json judges agent configurations as the agent's loader does:
/// the examples and the valid cases pass both, each invalid case fails both at the same place,
/// and on every generated probe the two give the same verdict.
/// </summary>
public sealed class AgentConfigSchemaTests(AgentConfigSchemaFixture schema) : IClassFixture<AgentConfigSchemaFixture>
{
    public static TheoryData<string> Examples => [.. ExampleFiles.AgentConfigurations()];

    public static TheoryData<string> InvalidCases => [.. AgentConfigCases.Invalid.Select(c => c.Name)];

    public static TheoryData<string> ValidCases => [.. AgentConfigCases.Valid.Select(c => c.Name)];

    public static TheoryData<string> Gaps => [.. AgentConfigCases.LooserThanLoader.Select(c => c.Name)];

    public static TheoryData<string> Families => [.. AgentConfigSchemaFixture.Families];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_is_valid_for_the_loader_and_the_schema(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, file));

        var problems = Load(file, text);
        var verdicts = schema.Verdicts("example:" + file);

        Assert.Empty(problems);
        Assert.NotEmpty(verdicts);
        Assert.All(verdicts, verdict => Assert.True(verdict.IsValid, $"The schema refuses {file}: {verdict}"));
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Invalid_configuration_is_rejected_by_the_schema_and_the_loader(string name)
    {
        var @case = AgentConfigCases.Find(AgentConfigCases.Invalid, name);

        var problems = Load("agent.yaml", @case.Yaml);
        var verdicts = schema.Verdicts("invalid:" + name);

        Assert.True(
            problems.Any(p => p.Contains(@case.LoaderMessage!, StringComparison.Ordinal)),
            $"The loader should say \"{@case.LoaderMessage}\"; it says:\n{string.Join('\n', problems)}");
        Assert.True(
            verdicts.SelectMany(v => v.Errors).Any(e => e.IsAt(@case.SchemaPath!)),
            $"The schema should refuse the configuration at '{@case.SchemaPath}'; it says: {string.Join("; ", verdicts)}");
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Valid_configuration_is_accepted_by_the_schema_and_the_loader(string name)
    {
        var @case = AgentConfigCases.Find(AgentConfigCases.Valid, name);

        var problems = YamlToJson.Convert(@case.Yaml).Select((_, i) => Load("agent.yaml", @case.Yaml.Split("---\n")[i])).SelectMany(p => p).ToList();
        var verdicts = schema.Verdicts("valid:" + name);

        Assert.Empty(problems);
        Assert.Equal(YamlToJson.Convert(@case.Yaml).Count, verdicts.Count);
        Assert.All(verdicts, verdict => Assert.True(verdict.IsValid, $"The schema refuses it: {verdict}"));
    }

    [Theory]
    [MemberData(nameof(Gaps))]
    public void Rule_beyond_the_schema_is_enforced_by_the_loader_alone(string name)
    {
        var @case = AgentConfigCases.Find(AgentConfigCases.LooserThanLoader, name);

        var problems = Load("agent.yaml", @case.Yaml);
        var verdicts = schema.Verdicts("gap:" + name);

        Assert.True(
            problems.Any(p => p.Contains(@case.LoaderMessage!, StringComparison.Ordinal)),
            $"The loader should say \"{@case.LoaderMessage}\"; it says:\n{string.Join('\n', problems)}");
        Assert.NotEmpty(verdicts);
        Assert.All(verdicts, verdict => Assert.True(verdict.IsValid, $"The schema now refuses this too ({verdict}): move the case to AgentConfigCases.Invalid"));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Schema_and_loader_agree_on_every_probe_of(string family)
    {
        var total = AgentConfigSchemaFixture.Probes.Count(p => p.Family == family);

        var disagreements = schema.Disagreements(family);

        Assert.True(
            disagreements.Count == 0,
            $"The schema and the loader disagree on {disagreements.Count} of {total} probes of {family}:\n{string.Join('\n', disagreements.Take(50))}");
    }

    [Fact]
    public void Schema_knows_exactly_the_keys_of_the_configuration()
    {
        var root = JsonNode.Parse(File.ReadAllText(AjvCli.AgentConfigSchema))!.AsObject();

        var keys = root["properties"]!.AsObject().Select(p => p.Key);

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)root["$schema"]);
        Assert.False((bool?)root["additionalProperties"]);
        Assert.Equal(AgentConfigurationLoader.Keys.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    private static List<string> Load(string file, string text)
    {
        var diagnostics = new DiagnosticBag();
        new AgentConfigurationLoader().Load(file, text, diagnostics);
        return [.. diagnostics.Items.Where(d => d.IsError).Select(d => d.Message)];
    }
}
