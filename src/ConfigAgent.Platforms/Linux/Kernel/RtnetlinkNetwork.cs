using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.HostAccess;
using ConfigAgent.Platforms.Linux.Interop;
using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.Platforms.Linux.Kernel;

/// <summary>
/// Interfaces and addresses through rtnetlink: one link dump and one address dump per observation,
/// one acknowledged request per change. The socket is opened on first use in the network
/// namespace of the calling thread and used under a lock (the agent observes from several threads).
/// </summary>
internal sealed class RtnetlinkNetwork(TimeProvider clock) : IKernelNetwork, IDisposable
{
    private readonly Lock _gate = new();
    private RtnetlinkSocket? _socket;

    public IReadOnlyList<InterfaceFacts> ReadInterfaces()
    {
        lock (_gate)
        {
            var socket = Socket();
            var links = Call(socket.DumpLinks, "reading the interfaces");
            var addresses = Call(socket.DumpAddresses, "reading the addresses").ToLookup(a => a.InterfaceIndex);
            return [.. links.Select(link => new InterfaceFacts(
                link.Name,
                link.Index,
                link.IsLoopback,
                link.IsUp,
                link.Mac,
                [.. addresses[link.Index].Select(a => new AddressFacts(a.Address, a.PrefixLength, a.Label, a.Scope, a.Flags))]))];
        }
    }

    public void AddAddress(InterfaceFacts nic, InterfaceAddress address, string? label)
    {
        lock (_gate)
        {
            // IPv6 VIPs skip duplicate address detection, as keepalived's do: a VIP that moves
            // between hosts must answer at once, and a tentative address may not be announced.
            Call(() => Socket().AddAddress(nic.Index, address.Address, address.PrefixLength, address.IsIPv6 ? null : label, noDad: address.IsIPv6),
                $"adding {address} to {nic.Name}");
        }
    }

    public void DeleteAddress(InterfaceFacts nic, InterfaceAddress address)
    {
        lock (_gate)
        {
            Call(() => Socket().DeleteAddress(nic.Index, address.Address, address.PrefixLength), $"deleting {address} from {nic.Name}");
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _socket?.Dispose();
            _socket = null;
        }
    }

    private RtnetlinkSocket Socket() => _socket ??= new RtnetlinkSocket(clock);

    private static void Call(Action call, string what) => Call(() => { call(); return 0; }, what);

    private static T Call<T>(Func<T> call, string what)
    {
        try
        {
            return call();
        }
        catch (NetlinkException ex)
        {
            var hint = ex.Errno switch
            {
                1 => " (changing addresses needs root)",
                Errno.EINTR => $" (the table kept changing while it was read, for {RtnetlinkSocket.DumpSettleLimit.TotalSeconds:0} s: something else is rewriting it)",
                _ => "",
            };
            throw new HostAccessException($"{what}: {ErrorSentence.Of(ex)}{hint}", ex);
        }
    }
}
