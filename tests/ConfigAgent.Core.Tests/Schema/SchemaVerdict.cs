namespace ConfigAgent.Core.Tests.Schema;

/// <summary>What the schema says of one JSON document.</summary>
internal sealed record SchemaVerdict(bool IsValid, IReadOnlyList<SchemaError> Errors)
{
    public override string ToString() => IsValid ? "valid" : "invalid: " + string.Join("; ", Errors);
}
