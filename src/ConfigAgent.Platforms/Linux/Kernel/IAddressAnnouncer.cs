using System.Net;
using ConfigAgent.Facts;

namespace ConfigAgent.Platforms.Linux.Kernel;

/// <summary>The seam over gratuitous ARP and unsolicited neighbour advertisements.</summary>
internal interface IAddressAnnouncer
{
    /// <summary>Sends one announcement of <paramref name="address"/> out of <paramref name="nic"/>.</summary>
    void AnnounceOnce(InterfaceFacts nic, IPAddress address);
}
