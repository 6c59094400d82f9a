namespace ConfigAgent.Ownership;

/// <summary>
/// The ledger cannot be read. It is never discarded silently: without it ConfigAgent would forget
/// what it created, and an entry deleted from the YAML would stay on the host for ever.
/// </summary>
public sealed class LedgerCorruptException(string path, string problem, Exception? inner = null)
    : Exception($"the ledger {path} is corrupt ({problem}): nothing was changed. Inspect it and repair it, or move it aside to start a new one (ConfigAgent then no longer removes what it created before).", inner)
{
    public string Path { get; } = path;
}
