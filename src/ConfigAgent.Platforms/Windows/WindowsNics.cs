using ConfigAgent.Documents;
using ConfigAgent.Facts;

namespace ConfigAgent.Platforms.Windows;

/// <summary>
/// The adapters that receive the traffic the balancer forwards to the VIP: weak host receive is
/// enabled on them. windows.nics names them; without it, ConfigAgent takes every connected adapter
/// that holds an IPv4 address other than the loopback adapter (the seed enables receive "on all
/// interfaces"), and the plan says which it took.
/// </summary>
internal sealed record WindowsNics(IReadOnlyList<string> Names, string Why, string? Problem)
{
    public static WindowsNics Choose(WindowsOptions options, HostFacts facts, string loopback)
    {
        if (options.Nics.Count > 0)
        {
            return new WindowsNics(options.Nics, "", null);
        }

        var found = facts.Interfaces
            .Where(i => i.Name != loopback && !i.IsLoopback && i.IsUp && i.Addresses.Any(a => a.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IsAutomaticPrivate(a)))
            .Select(i => i.Name)
            .ToList();
        return found.Count == 0
            ? new WindowsNics([], "", "windows.nics is not given and no connected adapter with an IPv4 address was found: name the NICs that receive the VIP traffic in windows.nics")
            : new WindowsNics(found, " (windows.nics not given: every connected adapter with an IPv4 address)", null);
    }

    // 169.254/16 is what an adapter without a configured address gives itself: not a NIC that receives VIP traffic.
    private static bool IsAutomaticPrivate(AddressFacts address) => address.Address.GetAddressBytes() is [169, 254, ..];
}
