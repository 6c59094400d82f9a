using ConfigAgent.Observation;
using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.Platforms.Linux.Kernel;

/// <summary>The kernel's address and link notifications (rtnetlink multicast groups) as host events.</summary>
internal sealed class KernelAddressEvents : IHostEvents
{
    private readonly AddressEventListener _listener = new();

    public async ValueTask<string> NextAsync(CancellationToken cancellationToken)
    {
        var change = await _listener.NextAsync(cancellationToken).ConfigureAwait(false);
        return change switch
        {
            { Kind: NetlinkEventKind.AddressAdded, Address: { } a } => $"address {a.Address}/{a.PrefixLength} added (interface index {a.InterfaceIndex})",
            { Kind: NetlinkEventKind.AddressRemoved, Address: { } a } => $"address {a.Address}/{a.PrefixLength} removed (interface index {a.InterfaceIndex})",
            { Kind: NetlinkEventKind.LinkChanged, Link: { } l } => $"link {l.Name} changed",
            { Kind: NetlinkEventKind.LinkRemoved, Link: { } l } => $"link {l.Name} removed",
            _ => "notifications were lost: the state is read again",
        };
    }

    public void Dispose() => _listener.Dispose();
}
