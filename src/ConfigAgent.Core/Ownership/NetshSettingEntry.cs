using ConfigAgent.Graph;

namespace ConfigAgent.Ownership;

/// <summary>A Windows interface parameter ConfigAgent changed with netsh, with the value it had before: put back once no document declares it.</summary>
public sealed record NetshSettingEntry(ResourceId Id, string Family, string Adapter, string Parameter, string Original) : LedgerEntry(Id)
{
    public const string Kind = "netsh";
}
