using System.Net;

namespace ConfigAgent.Facts;

/// <summary>A network interface and its addresses.</summary>
/// <param name="Index">The kernel's interface index (0 when the platform has none).</param>
/// <param name="Mac">The link-layer address as aa:bb:cc:dd:ee:ff, when it has one.</param>
/// <param name="Metric">The interface metric, on platforms that report one (Windows).</param>
public sealed record InterfaceFacts(
    string Name,
    int Index,
    bool IsLoopback,
    bool IsUp,
    string? Mac,
    IReadOnlyList<AddressFacts> Addresses,
    int? Metric = null)
{
    // Built on first use: a host with 10,000 VIPs on lo is tested 10,000 times.
    private Dictionary<IPAddress, AddressFacts>? _byAddress;

    public AddressFacts? Find(IPAddress address)
    {
        _byAddress ??= Addresses.DistinctBy(a => a.Address).ToDictionary(a => a.Address);
        return _byAddress.GetValueOrDefault(address);
    }

    public bool Equals(InterfaceFacts? other) =>
        other is not null && Name == other.Name && Index == other.Index && IsLoopback == other.IsLoopback
        && IsUp == other.IsUp && Mac == other.Mac && Metric == other.Metric && Addresses.SequenceEqual(other.Addresses);

    public override int GetHashCode() => HashCode.Combine(Name, Index, Addresses.Count);
}
