namespace ConfigAgent.Testing;

/// <summary>What the schema says of one JSON document.</summary>
public sealed record SchemaVerdict(bool IsValid, IReadOnlyList<SchemaError> Errors)
{
    public override string ToString() => IsValid ? "valid" : "invalid: " + string.Join("; ", Errors);
}
