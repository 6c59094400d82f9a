using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Observation;
using ConfigAgent.Ownership;
using ConfigAgent.Platforms.Commands;

namespace ConfigAgent.Platforms.Resources;

/// <summary>
/// An address on an interface, the same on every platform: a DSR VIP on the loopback, an HA VIP on
/// a NIC, or one ConfigAgent added that no document declares any more. Its test, its drift, what
/// the ledger keeps of it and its ordering are written here once; a platform only observes the
/// addresses and sets them: Linux's executor over rtnetlink from the change itself, AIX and Windows
/// by the commands their <see cref="IAddressCommands"/> writes into the plan.
/// </summary>
/// <remarks>
/// An implicit label (chosen by the compiler for a Linux loopback VIP) is used when the address is
/// added but is not enforced on an address that is already there: relabelling means a delete and
/// an add, a moment without the VIP. Labels are Linux's: the other platforms pass none.
/// </remarks>
/// <param name="commands">How the platform adds and removes addresses by commands; null where its executor sets them itself (Linux).</param>
internal sealed class AddressResource(
    string interfaceName,
    InterfaceAddress address,
    string? label,
    bool labelIsExplicit,
    Ensure ensure,
    int announceCount,
    IAddressCommands? commands) : Resource, IOwnable
{
    public const int AddressRank = 20;
    public const string GlobalScope = "global";

    /// <summary>A flag of an observed address whose prefix the platform's listing does not show (Windows netsh for IPv6): it cannot be checked.</summary>
    public const string PrefixUnreported = "prefix-unreported";

    private const string OldPlaceFirst = "the address leaves its old interface before it is added to the new one";

    public string Interface { get; } = interfaceName;

    public InterfaceAddress Address { get; } = address;

    public string? Label { get; } = label;

    public bool LabelIsExplicit { get; } = labelIsExplicit;

    /// <summary>Gratuitous ARPs (IPv6: unsolicited neighbour advertisements) to send once added, where the platform does not itself.</summary>
    public int AnnounceCount { get; } = announceCount;

    /// <summary>The interface does not exist yet, but a change ordered before this one creates it (Windows' loopback adapter).</summary>
    public bool InterfaceCreatedFirst { get; init; }

    public override ResourceId Id { get; } = IdOf(interfaceName, address);

    public override Ensure Ensure { get; } = ensure;

    public override ResourceSide Side => ResourceSide.Runtime;

    public override string Title => $"address {Address} on {Interface}{(Label is null || Address.IsIPv6 ? "" : $" (label {Label})")}";

    public override int Rank => AddressRank;

    public static ResourceId IdOf(string interfaceName, InterfaceAddress address) =>
        ResourceId.Of(AddressEntry.Kind, $"{interfaceName}/{address.Address}");

    /// <summary>A DSR VIP on the platform's loopback, with the label the platform gives it (none but on Linux).</summary>
    public static AddressResource DsrVip(LoopbackVip vip, string loopback, string? label, string purpose, IAddressCommands? commands, bool interfaceCreatedFirst = false) =>
        new(loopback, vip.Address, label, label is not null && vip.Label is not null, vip.Ensure, announceCount: 0, commands)
        {
            InterfaceCreatedFirst = interfaceCreatedFirst,
            Origin = vip.Span,
            Purpose = vip.Ensure == Ensure.Present ? purpose : "DSR VIP declared absent",
        };

    /// <summary>An HA VIP on its NIC, with its label where the platform has labels (Linux).</summary>
    public static AddressResource HaVip(InterfaceVip vip, string? label, IAddressCommands? commands) =>
        new(vip.Interface, vip.Address, label, label is not null, vip.Ensure, vip.AnnounceCount, commands)
        {
            Origin = vip.Span,
            Purpose = vip.Ensure == Ensure.Present ? $"HA VIP on {vip.Interface}" : "HA VIP declared absent",
        };

    /// <summary>An address ConfigAgent added and no document declares any more: it is deleted.</summary>
    public static AddressResource Removal(AddressEntry entry, IAddressCommands? commands) =>
        new(entry.Interface, entry.Address, entry.Label, labelIsExplicit: false, Ensure.Absent, announceCount: 0, commands)
        {
            Origin = LedgerOrigin.Span,
            Purpose = LedgerRemovals.Purpose,
        };

    /// <summary>The addresses boot artefacts restore, in the order they are written: the loopback's first, then by id.</summary>
    public static List<AddressResource> AtBoot(ResourceGraph graph, string loopback) =>
        [.. graph.Resources.OfType<AddressResource>().Where(a => a.Ensure == Ensure.Present).OrderBy(a => a.Interface == loopback ? 0 : 1).ThenBy(a => a.Id)];

    /// <summary>An address moving from one interface to another leaves the old one before it is added to the new one.</summary>
    public static void OrderMoves(ResourceGraph graph)
    {
        var addresses = graph.Resources.OfType<AddressResource>().ToList();
        foreach (var removal in addresses.Where(a => a.Ensure == Ensure.Absent))
        {
            foreach (var arrival in addresses.Where(a => a.Ensure == Ensure.Present && a.Address.Address.Equals(removal.Address.Address)))
            {
                graph.AddEdge(removal.Id, arrival.Id, OldPlaceFirst);
            }
        }
    }

    /// <summary>
    /// Orders DSR VIPs around the settings that keep them from being answered for (Linux's ARP
    /// policy, Windows' weak host settings): <paramref name="inForceFirst"/> before a VIP is added,
    /// and a VIP removed before <paramref name="restoredAfter"/> put back what was there: the order
    /// of adding, reversed.
    /// </summary>
    public static void Guard(
        ResourceGraph graph,
        IEnumerable<AddressResource> vips,
        IReadOnlyList<Resource> inForceFirst,
        IReadOnlyList<Resource> restoredAfter,
        string firstReason,
        string afterReason)
    {
        foreach (var vip in vips)
        {
            if (vip.Ensure == Ensure.Present)
            {
                foreach (var setting in inForceFirst)
                {
                    graph.AddEdge(setting.Id, vip.Id, firstReason);
                }
            }
            else
            {
                foreach (var setting in restoredAfter)
                {
                    graph.AddEdge(vip.Id, setting.Id, afterReason);
                }
            }
        }
    }

    /// <summary>An address ConfigAgent adds is its own; one that was there before is not, even when ConfigAgent fixes it.</summary>
    public LedgerEntry? Ownership(Change change) =>
        Ensure == Ensure.Present && change.Action == ChangeAction.Create ? new AddressEntry(Id, Interface, Address, Address.IsIPv6 ? null : Label) : null;

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
            return existing is null ? null : Edit(ChangeAction.Delete, existing, $"{existing} is on {Interface}");
        }

        if (nic is null && !InterfaceCreatedFirst)
        {
            return new AddressChange(this, ChangeAction.Blocked, null, null, Desired, $"there is no interface '{Interface}'");
        }

        if (existing is null)
        {
            return Edit(ChangeAction.Create, null, nic is null ? $"missing ({Interface} is created first)" : "missing", ElsewhereNotes(facts));
        }

        if (existing.HasFlag("dadfailed"))
        {
            return new AddressChange(this, ChangeAction.Blocked, existing, Describe(existing), Desired,
                "duplicate address detection failed: another host on the link holds this address");
        }

        var drift = Drift(existing);
        return drift.Count == 0
            ? null
            : Edit(ChangeAction.Update, existing, string.Join(", ", drift) + ": the address is replaced", commands?.PrefixDriftNotes(Interface, existing, Address));
    }

    /// <summary>Why an address that is there is not the one declared: its prefix, a label written in the document, its scope.</summary>
    private List<string> Drift(AddressFacts existing)
    {
        var drift = new List<string>();
        if (existing.PrefixLength != Address.PrefixLength && !existing.HasFlag(PrefixUnreported))
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

        return drift;
    }

    /// <summary>
    /// The change, with what a platform needs to carry it out and to put back what was there: the
    /// observed address (Linux's executor), the commands and their undo, last undone first (AIX, Windows).
    /// </summary>
    private AddressChange Edit(ChangeAction action, AddressFacts? existing, string reason, IReadOnlyList<string>? notes = null)
    {
        IReadOnlyList<CommandLine> run = [];
        IReadOnlyList<CommandLine> undo = [];
        var old = existing is null ? default : new InterfaceAddress(existing.Address, existing.PrefixLength);
        if (commands is { } command)
        {
            (run, undo) = action switch
            {
                ChangeAction.Create => (Lines(command.Add(Interface, Address)), Lines(command.Delete(Interface, Address))),
                ChangeAction.Delete => (Lines(command.Delete(Interface, old)), Lines(command.Add(Interface, old))),
                _ => (Lines(command.Delete(Interface, old), command.Add(Interface, Address)), Lines(command.Delete(Interface, Address), command.Add(Interface, old))),
            };
        }

        return new AddressChange(this, action, existing, existing is null ? null : Describe(existing), action == ChangeAction.Delete ? null : Desired, reason)
        {
            Commands = run,
            UndoCommands = undo,
            Notes = notes ?? [],
        };
    }

    private static IReadOnlyList<CommandLine> Lines(params CommandLine[] lines) => lines;

    private string Desired => Describe(Address.ToString(), Address.IsIPv6 ? null : Label);

    private static string Describe(AddressFacts existing) => Describe(existing.ToString(), existing.Label);

    private static string Describe(string address, string? label) => label is null ? address : $"{address} label {label}";

    // A DSR VIP also held by a NIC is answered for on that NIC whatever the ARP policy says.
    private List<string> ElsewhereNotes(HostFacts facts) =>
        [.. facts.Interfaces.Where(i => i.Name != Interface && i.Find(Address.Address) is not null).Select(i => $"{Address.Address} is also on {i.Name}")];
}
