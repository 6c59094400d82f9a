using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Observation;
using ConfigAgent.Ownership;

namespace ConfigAgent.Platforms.Linux.Resources;

/// <summary>
/// An address on an interface, with its label and scope. An implicit label (chosen by the
/// compiler for a loopback VIP) is used when the address is added but is not enforced on an
/// address that is already there: relabelling means a delete and an add, a moment without the VIP.
/// </summary>
internal sealed class AddressResource(
    string interfaceName,
    InterfaceAddress address,
    string? label,
    bool labelIsExplicit,
    Ensure ensure,
    int announceCount) : Resource, IOwnable
{
    public const int AddressRank = 20;
    public const string GlobalScope = "global";

    public string Interface { get; } = interfaceName;

    public InterfaceAddress Address { get; } = address;

    public string? Label { get; } = label;

    public bool LabelIsExplicit { get; } = labelIsExplicit;

    /// <summary>Gratuitous ARPs (IPv6: unsolicited neighbour advertisements) to send once added.</summary>
    public int AnnounceCount { get; } = announceCount;

    public override ResourceId Id { get; } = IdOf(interfaceName, address);

    public override Ensure Ensure { get; } = ensure;

    public override ResourceSide Side => ResourceSide.Runtime;

    public override string Title => $"address {Address} on {Interface}{(Label is null || Address.IsIPv6 ? "" : $" (label {Label})")}";

    public override int Rank => AddressRank;

    public static ResourceId IdOf(string interfaceName, InterfaceAddress address) =>
        ResourceId.Of(AddressEntry.Kind, $"{interfaceName}/{address.Address}");

    /// <summary>An address ConfigAgent adds is its own; one that was there before is not, even when ConfigAgent fixes it.</summary>
    public LedgerEntry? Ownership(Change change) =>
        Ensure == Ensure.Present && change.Action == ChangeAction.Create ? new AddressEntry(Id, Interface, Address, Address.IsIPv6 ? null : Label) : null;

    public bool Releases(Change change) => change.Action == ChangeAction.Delete;

    public override void Scope(ObservationScope scope)
    {
        // Addresses come from the one dump of the base observation.
    }

    public override Change? Test(HostFacts facts)
    {
        var nic = facts.FindInterface(Interface);
        var existing = nic?.Find(Address.Address);
        if (Ensure == Ensure.Absent)
        {
            return existing is null
                ? null
                : new AddressChange(this, ChangeAction.Delete, existing, Describe(existing), null, $"{existing} is on {Interface}");
        }

        if (nic is null)
        {
            return new AddressChange(this, ChangeAction.Blocked, null, null, Desired, $"there is no interface '{Interface}'");
        }

        if (existing is null)
        {
            return new AddressChange(this, ChangeAction.Create, null, null, Desired, "missing") { Notes = ElsewhereNotes(facts) };
        }

        if (existing.HasFlag("dadfailed"))
        {
            return new AddressChange(this, ChangeAction.Blocked, existing, Describe(existing), Desired,
                "duplicate address detection failed: another host on the link holds this address");
        }

        var drift = new List<string>();
        if (existing.PrefixLength != Address.PrefixLength)
        {
            drift.Add($"prefix is /{existing.PrefixLength}");
        }

        if (LabelIsExplicit && !Address.IsIPv6 && existing.Label != Label)
        {
            drift.Add($"label is {existing.Label ?? "(none)"}");
        }

        if (existing.Scope is { } scope && scope != GlobalScope)
        {
            drift.Add($"scope is {scope}");
        }

        return drift.Count == 0
            ? null
            : new AddressChange(this, ChangeAction.Update, existing, Describe(existing), Desired, string.Join(", ", drift) + ": the address is replaced");
    }

    private string Desired => Describe(Address.ToString(), Address.IsIPv6 ? null : Label);

    private static string Describe(AddressFacts existing) => Describe(existing.ToString(), existing.Label);

    private static string Describe(string address, string? label) => label is null ? address : $"{address} label {label}";

    private List<string> ElsewhereNotes(HostFacts facts)
    {
        // A DSR VIP also held by a NIC is answered for on that NIC whatever the ARP policy says.
        var notes = new List<string>();
        foreach (var other in facts.Interfaces)
        {
            if (other.Name != Interface && other.Find(Address.Address) is not null)
            {
                notes.Add($"{Address.Address} is also on {other.Name}");
            }
        }

        return notes;
    }
}
