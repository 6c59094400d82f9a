namespace ConfigAgent.Core.Tests.Schema;

/// <summary>
/// The schema states the binder's value rules: on thousands of generated documents (every
/// character in every name, every spelling of an address, every range edge) the schema and the
/// loader give the same verdict.
/// </summary>
public sealed class SchemaAgreementTests(SchemaAgreementFixture agreement) : IClassFixture<SchemaAgreementFixture>
{
    public static TheoryData<string> Families => [.. SchemaAgreementFixture.Families];

    [Theory]
    [MemberData(nameof(Families))]
    public void Schema_and_loader_agree_on_every_probe_of(string family)
    {
        var total = SchemaAgreementFixture.Probes.Count(p => p.Family == family);

        var disagreements = agreement.Disagreements(family);

        Assert.True(
            disagreements.Count == 0,
            $"The schema and the loader disagree on {disagreements.Count} of {total} probes of {family}:\n{string.Join('\n', disagreements.Take(50))}");
    }
}
