using ConfigAgent.Engine;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.HostAccess;
using ConfigAgent.Persistence;
using ConfigAgent.Platforms.Linux.Kernel;
using ConfigAgent.Platforms.Linux.Resources;
using ConfigAgent.Platforms.Resources;

namespace ConfigAgent.Platforms.Linux;

/// <summary>
/// Sets Linux changes: sysctls through /proc/sys, addresses through rtnetlink; announces HA VIPs
/// once they are verified. Every step returns how to put back what was observed before it.
/// </summary>
internal sealed class LinuxChangeExecutor(
    IKernelNetwork network,
    ISysctlAccess sysctls,
    IAddressAnnouncer announcer,
    FileChangeExecutor files,
    TimeProvider clock,
    TimeSpan announceInterval) : IChangeExecutor
{
    private const int NoSuchDevice = 19;

    private Dictionary<string, InterfaceFacts>? _interfaces;

    public AppliedStep Apply(Change change, CancellationToken cancellationToken) => change switch
    {
        AddressChange address => ApplyAddress(address),
        FileChange file => files.Apply(file),
        { Resource: SysctlResource sysctl } => ApplySysctl(change, sysctl),
        _ => throw new InvalidOperationException($"The Linux executor cannot set {change.Resource.Id}."),
    };

    public void Announce(IReadOnlyList<Change> verified, CancellationToken cancellationToken)
    {
        var arrivals = verified.OfType<AddressChange>()
            .Where(c => c.Action is ChangeAction.Create or ChangeAction.Update && c.Resource.AnnounceCount > 0)
            .Select(c => (Change: c, Nic: Interface(c.Resource.Interface)))
            .Where(a => !a.Nic.IsLoopback)
            .ToList();

        // Rounds rather than one address after the other: a thousand HA VIPs are announced in
        // count x interval, not a thousand times that.
        var rounds = arrivals.Count == 0 ? 0 : arrivals.Max(a => a.Change.Resource.AnnounceCount);
        for (var round = 0; round < rounds; round++)
        {
            if (round > 0)
            {
                Task.Delay(announceInterval, clock, cancellationToken).GetAwaiter().GetResult();
            }

            foreach (var (change, nic) in arrivals.Where(a => a.Change.Resource.AnnounceCount > round))
            {
                announcer.AnnounceOnce(nic, change.Resource.Address.Address);
            }
        }
    }

    private AppliedStep ApplyAddress(AddressChange change)
    {
        try
        {
            return SetAddress(change);
        }
        catch (HostAccessException ex) when (ex.InnerException is Netlink.NetlinkException { Errno: NoSuchDevice })
        {
            // The interface list is cached for the run: look again before blaming the kernel.
            _interfaces = null;
            _ = Interface(change.Resource.Interface);
            throw;
        }
    }

    private AppliedStep SetAddress(AddressChange change)
    {
        var resource = change.Resource;
        var nic = Interface(resource.Interface);
        var existing = change.Existing is { } e ? new Documents.InterfaceAddress(e.Address, e.PrefixLength) : (Documents.InterfaceAddress?)null;
        switch (change.Action)
        {
            case ChangeAction.Create:
                network.AddAddress(nic, resource.Address, resource.Label);
                return new AppliedStep(change, () => network.DeleteAddress(Interface(resource.Interface), resource.Address));
            case ChangeAction.Delete:
                network.DeleteAddress(nic, existing!.Value);
                return new AppliedStep(change, () => network.AddAddress(Interface(resource.Interface), existing.Value, change.Existing!.Label));
            case ChangeAction.Update:
                network.DeleteAddress(nic, existing!.Value);
                network.AddAddress(nic, resource.Address, resource.Label);
                return new AppliedStep(change, () =>
                {
                    var current = Interface(resource.Interface);
                    network.DeleteAddress(current, resource.Address);
                    network.AddAddress(current, existing.Value, change.Existing!.Label);
                });
            default:
                throw new InvalidOperationException($"{change.Action} is not a change to set.");
        }
    }

    private AppliedStep ApplySysctl(Change change, SysctlResource sysctl)
    {
        Write(sysctl, change.After!);
        return new AppliedStep(change, () => Write(sysctl, change.Before!));
    }

    private void Write(SysctlResource sysctl, string value)
    {
        try
        {
            sysctls.Write(sysctl.Name, value);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new HostAccessException($"writing {sysctl.Name}: permission denied (changing sysctls needs root)", ex);
        }
        catch (IOException ex)
        {
            throw new HostAccessException($"writing {sysctl.Name} = {value}: {ErrorSentence.Of(ex)}", ex);
        }
    }

    /// <summary>The interface by name, read again when it is not known (it may have appeared since the plan).</summary>
    private InterfaceFacts Interface(string name)
    {
        if (_interfaces is null || !_interfaces.ContainsKey(name))
        {
            _interfaces = network.ReadInterfaces().ToDictionary(i => i.Name, StringComparer.Ordinal);
        }

        return _interfaces.TryGetValue(name, out var nic)
            ? nic
            : throw new HostAccessException($"there is no interface '{name}' any more: it vanished after the plan was made");
    }
}
