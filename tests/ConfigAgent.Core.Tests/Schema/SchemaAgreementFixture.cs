using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Schema;

/// <summary>
/// Judges every generated probe twice, once for the test class. The loader reads the probe's JSON
/// as YAML (YAML 1.2 reads JSON as flow style); the schema gets the same text converted back by
/// <see cref="YamlToJson"/>, all probes in one ajv run (<see cref="SchemaAgreement"/>).
/// </summary>
public sealed class SchemaAgreementFixture : IAsyncLifetime
{
    private IReadOnlyDictionary<string, List<string>> _disagreements = new Dictionary<string, List<string>>();

    internal static IReadOnlyList<SchemaProbe> Probes { get; } =
        [.. AddressProbes.All(), .. NameProbes.All(), .. SysctlProbes.All(), .. ShapeProbes.All()];

    public static IReadOnlyList<string> Families { get; } = [.. Probes.Select(p => p.Family).Distinct()];

    public async ValueTask InitializeAsync()
    {
        if (NodeTools.MissingReason is not null)
        {
            return;
        }

        _disagreements = await SchemaAgreement.JudgeAsync(Probes, LoaderErrors, AjvCli.DesiredStateSchema, TestContext.Current.CancellationToken);
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

    private static string[] LoaderErrors(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        new DesiredStateReader().Read([new SourceText("probe.yaml", yaml)], diagnostics);
        return [.. diagnostics.Items.Where(d => d.IsError).Select(d => d.Message)];
    }
}
