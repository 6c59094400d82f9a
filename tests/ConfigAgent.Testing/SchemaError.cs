namespace ConfigAgent.Testing;

/// <summary>One error ajv reports: where in the document (a JSON pointer), which keyword, and its message.</summary>
public sealed record SchemaError(string InstancePath, string Keyword, string Message)
{
    /// <summary>True when the error is at <paramref name="path"/> or inside it.</summary>
    public bool IsAt(string path) =>
        InstancePath == path || InstancePath.StartsWith(path + "/", StringComparison.Ordinal);

    public override string ToString() => $"{(InstancePath.Length == 0 ? "(document)" : InstancePath)}: {Message} [{Keyword}]";
}
