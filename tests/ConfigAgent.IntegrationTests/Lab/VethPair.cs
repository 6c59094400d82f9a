using System.Diagnostics;
using System.Net.Sockets;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// A cable between two lab namespaces, created with one end in each (never in the host's
/// namespace), both ends up with their addresses. IPv6 addresses are added nodad: duplicate
/// address detection would keep them tentative for a second.
/// </summary>
internal sealed record VethPair(VethEnd Left, VethEnd Right)
{
    private static readonly TimeSpan CarrierTimeout = TimeSpan.FromSeconds(5);

    public static VethPair Create(
        NetworkNamespace left,
        IReadOnlyList<string> leftAddresses,
        NetworkNamespace right,
        IReadOnlyList<string> rightAddresses,
        string leftName = "veth0",
        string rightName = "veth1")
    {
        left.Ip("link", "add", leftName, "type", "veth", "peer", "name", rightName, "netns", right.Name);
        Configure(left, leftName, leftAddresses);
        Configure(right, rightName, rightAddresses);
        return new VethPair(WaitForCarrier(left, leftName), WaitForCarrier(right, rightName));
    }

    private static void Configure(NetworkNamespace ns, string name, IReadOnlyList<string> addresses)
    {
        ns.Ip("link", "set", "lo", "up");
        foreach (var cidr in addresses)
        {
            var (address, _) = DocumentationRanges.Require(cidr);
            if (address.AddressFamily == AddressFamily.InterNetworkV6)
            {
                ns.Ip("addr", "add", cidr, "dev", name, "nodad");
            }
            else
            {
                ns.Ip("addr", "add", cidr, "dev", name);
            }
        }

        ns.Ip("link", "set", name, "up");
    }

    /// <summary>
    /// Until the link watcher has seen the carrier the device transmits through the noop qdisc,
    /// which drops everything: a packet sent before operstate UP is lost.
    /// </summary>
    private static VethEnd WaitForCarrier(NetworkNamespace ns, string name)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var link = IpJson.Links(ns.Ip("-j", "link", "show", "dev", name))[0];
            if (link.OperState == "UP")
            {
                return new VethEnd(ns, link.Name, link.Index, link.Mac!);
            }

            if (clock.Elapsed > CarrierTimeout)
            {
                throw new TimeoutException($"{name} in {ns.Name} is still {link.OperState} after {CarrierTimeout.TotalSeconds} s");
            }

            Task.Delay(20).GetAwaiter().GetResult();
        }
    }
}
