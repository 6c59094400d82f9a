using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// The address blocks reserved for documentation (RFC 5737, RFC 3849): the only ones the lab
/// puts on an interface, so a lab that leaked could never collide with a real network.
/// </summary>
internal static class DocumentationRanges
{
    private static readonly IPNetwork[] Ranges =
    [
        IPNetwork.Parse("192.0.2.0/24"),
        IPNetwork.Parse("198.51.100.0/24"),
        IPNetwork.Parse("203.0.113.0/24"),
        IPNetwork.Parse("2001:db8::/32"),
    ];

    public static bool Contains(IPAddress address) => Ranges.Any(r => r.Contains(address));

    /// <summary>Parses "address/prefix" and throws unless the address is a documentation one.</summary>
    public static (IPAddress Address, int PrefixLength) Require(string cidr)
    {
        var slash = cidr.IndexOf('/', StringComparison.Ordinal);
        var address = IPAddress.Parse(slash < 0 ? cidr : cidr[..slash]);
        var prefix = slash >= 0
            ? int.Parse(cidr[(slash + 1)..], CultureInfo.InvariantCulture)
            : address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        return Contains(address)
            ? (address, prefix)
            : throw new ArgumentException($"{cidr} is outside the documentation ranges the lab may use", nameof(cidr));
    }
}
