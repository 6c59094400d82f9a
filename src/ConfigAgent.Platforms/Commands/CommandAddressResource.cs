using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Observation;
using ConfigAgent.Ownership;

namespace ConfigAgent.Platforms.Commands;

/// <summary>
/// An address on an interface of a platform driven by commands: the change carries the exact
/// commands that add, remove or replace it, and the ones that put back what was observed. The id
/// is the one Linux uses (<c>address:&lt;interface&gt;/&lt;address&gt;</c>), so ledgers read alike.
/// </summary>
internal sealed class CommandAddressResource(string interfaceName, InterfaceAddress address, Ensure ensure, IAddressCommands commands) : Resource, IOwnable
{
    public const int AddressRank = 20;

    /// <summary>The platform's listing does not show the prefix (Windows netsh for IPv6): it cannot be checked.</summary>
    public const string PrefixUnreported = "prefix-unreported";

    public string Interface { get; } = interfaceName;

    public InterfaceAddress Address { get; } = address;

    /// <summary>The interface does not exist yet, but a change ordered before this one creates it (Windows' loopback adapter).</summary>
    public bool InterfaceCreatedFirst { get; init; }

    public override ResourceId Id { get; } = IdOf(interfaceName, address);

    public override Ensure Ensure { get; } = ensure;

    public override ResourceSide Side => ResourceSide.Runtime;

    public override string Title => $"address {Address} on {Interface}";

    public override int Rank => AddressRank;

    public static ResourceId IdOf(string interfaceName, InterfaceAddress address) => ResourceId.Of(AddressEntry.Kind, $"{interfaceName}/{address.Address}");

    /// <summary>An address ConfigAgent adds is its own; one that was there before is not, even when ConfigAgent fixes it.</summary>
    public LedgerEntry? Ownership(Change change) =>
        Ensure == Ensure.Present && change.Action == ChangeAction.Create ? new AddressEntry(Id, Interface, Address, null) : null;

    public bool Releases(Change change) => change.Action == ChangeAction.Delete;

    public override void Scope(ObservationScope scope)
    {
        // Addresses come from the one listing of the base observation.
    }

    public override Change? Test(HostFacts facts)
    {
        var nic = facts.FindInterface(Interface);
        var existing = nic?.Find(Address.Address);
        if (Ensure == Ensure.Absent)
        {
            if (existing is null)
            {
                return null;
            }

            var observed = Observed(existing);
            return new Change(this, ChangeAction.Delete, existing.ToString(), null, $"{existing} is on {Interface}")
            {
                Commands = [commands.Delete(Interface, observed)],
                UndoCommands = [commands.Add(Interface, observed)],
            };
        }

        if (nic is null && !InterfaceCreatedFirst)
        {
            return new Change(this, ChangeAction.Blocked, null, Address.ToString(), $"there is no interface '{Interface}'");
        }

        if (existing is null)
        {
            return new Change(this, ChangeAction.Create, null, Address.ToString(), nic is null ? $"missing ({Interface} is created first)" : "missing")
            {
                Commands = [commands.Add(Interface, Address)],
                UndoCommands = [commands.Delete(Interface, Address)],
                Notes = ElsewhereNotes(facts),
            };
        }

        if (existing.HasFlag("dadfailed"))
        {
            return new Change(this, ChangeAction.Blocked, existing.ToString(), Address.ToString(),
                "duplicate address detection failed: another host on the link holds this address");
        }

        if (existing.PrefixLength == Address.PrefixLength || existing.HasFlag(PrefixUnreported))
        {
            return null;
        }

        var old = Observed(existing);
        return new Change(this, ChangeAction.Update, existing.ToString(), Address.ToString(), $"prefix is /{existing.PrefixLength}: the address is replaced")
        {
            Commands = [commands.Delete(Interface, old), commands.Add(Interface, Address)],
            UndoCommands = [commands.Delete(Interface, Address), commands.Add(Interface, old)],
            Notes = commands.PrefixDriftNotes(Interface, existing, Address),
        };
    }

    private static InterfaceAddress Observed(AddressFacts existing) => new(existing.Address, existing.PrefixLength);

    // A DSR VIP also held by a NIC is answered for on that NIC whatever else is configured.
    private List<string> ElsewhereNotes(HostFacts facts) =>
        [.. facts.Interfaces.Where(i => i.Name != Interface && i.Find(Address.Address) is not null).Select(i => $"{Address.Address} is also on {i.Name}")];
}
