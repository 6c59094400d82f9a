using ConfigAgent.Documents;
using ConfigAgent.Graph;

namespace ConfigAgent.Ownership;

/// <summary>A kernel parameter ConfigAgent changed, with the value it had before: put back once no document declares it.</summary>
public sealed record SysctlEntry(ResourceId Id, SysctlName Name, string Original) : LedgerEntry(Id)
{
    public const string Kind = "sysctl";
}
