using ConfigAgent.Documents;
using ConfigAgent.Graph;

namespace ConfigAgent.Ownership;

/// <summary>An address ConfigAgent added: deleted again once no document declares it.</summary>
/// <param name="Label">The IPv4 label it was given (<c>lo:0</c>): a VIP keeps it while it stays declared.</param>
public sealed record AddressEntry(ResourceId Id, string Interface, InterfaceAddress Address, string? Label) : LedgerEntry(Id)
{
    public const string Kind = "address";
}
