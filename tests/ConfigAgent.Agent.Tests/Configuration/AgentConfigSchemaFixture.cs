using System.Text.Json.Nodes;
using ConfigAgent.Agent.Configuration;
using ConfigAgent.Diagnostics;
using ConfigAgent.Testing;

namespace ConfigAgent.Agent.Tests.Configuration;

/// <summary>
/// Runs ajv twice for the test class: once over the agent configuration examples and the cases of
/// <see cref="AgentConfigCases"/>, once over every probe of <see cref="AgentConfigProbes"/> with
/// the loader's verdict beside it (<see cref="SchemaAgreement"/>). The tests read the results here.
/// </summary>
public sealed class AgentConfigSchemaFixture : IAsyncLifetime
{
    private readonly Dictionary<string, IReadOnlyList<SchemaVerdict>> _verdicts = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, List<string>> _disagreements = new Dictionary<string, List<string>>();

    internal static IReadOnlyList<SchemaProbe> Probes { get; } = [.. AgentConfigProbes.All()];

    public static IReadOnlyList<string> Families { get; } = [.. Probes.Select(p => p.Family).Distinct()];

    public async ValueTask InitializeAsync()
    {
        if (NodeTools.MissingReason is not null)
        {
            return;
        }

        var batch = new List<(string Key, JsonNode? Document)>();
        foreach (var file in ExampleFiles.AgentConfigurations())
        {
            Add(batch, "example:" + file, await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, file)));
        }

        foreach (var (prefix, cases) in new[] { ("invalid:", AgentConfigCases.Invalid), ("valid:", AgentConfigCases.Valid), ("gap:", AgentConfigCases.LooserThanLoader) })
        {
            foreach (var @case in cases)
            {
                Add(batch, prefix + @case.Name, @case.Yaml);
            }
        }

        var verdicts = await AjvCli.ValidateAsync([.. batch.Select(b => b.Document)], AjvCli.AgentConfigSchema, [], TestContext.Current.CancellationToken);
        foreach (var group in batch.Zip(verdicts).GroupBy(x => x.First.Key, x => x.Second))
        {
            _verdicts[group.Key] = [.. group];
        }

        _disagreements = await SchemaAgreement.JudgeAsync(Probes, LoaderErrors, AjvCli.AgentConfigSchema, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>The schema's verdict on each document of the example or case behind <paramref name="key"/> ("example:FILE", "invalid:NAME", "valid:NAME", "gap:NAME").</summary>
    internal IReadOnlyList<SchemaVerdict> Verdicts(string key)
    {
        SkipWithoutNode();
        return _verdicts.TryGetValue(key, out var verdicts) ? verdicts : [];
    }

    internal IReadOnlyList<string> Disagreements(string family)
    {
        SkipWithoutNode();
        return _disagreements.TryGetValue(family, out var found) ? found : [];
    }

    private static void SkipWithoutNode()
    {
        if (NodeTools.MissingReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    private static string[] LoaderErrors(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        new AgentConfigurationLoader().Load("probe.yaml", yaml, diagnostics);
        return [.. diagnostics.Items.Where(d => d.IsError).Select(d => d.Message)];
    }

    private static void Add(List<(string Key, JsonNode? Document)> batch, string key, string yaml) =>
        batch.AddRange(YamlToJson.Convert(yaml, "agent.yaml").Select(document => (key, document)));
}
