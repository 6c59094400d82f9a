using System.Net;

namespace ConfigAgent.Facts;

/// <summary>An address configured on an interface.</summary>
/// <param name="Label">The IPv4 label (<c>lo:0</c>); null for IPv6 or when the platform has none.</param>
/// <param name="Scope">global, host, link; null when the platform does not say.</param>
/// <param name="Flags">Platform flags worth a look: <c>tentative</c>, <c>dadfailed</c>, <c>-arp</c>, <c>skipassource</c>.</param>
public sealed record AddressFacts(IPAddress Address, int PrefixLength, string? Label = null, string? Scope = null, IReadOnlyList<string>? Flags = null)
{
    public bool HasFlag(string flag) => Flags?.Contains(flag) ?? false;

    public bool Equals(AddressFacts? other) =>
        other is not null && Address.Equals(other.Address) && PrefixLength == other.PrefixLength && Label == other.Label
        && Scope == other.Scope && (Flags ?? []).SequenceEqual(other.Flags ?? []);

    public override int GetHashCode() => HashCode.Combine(Address, PrefixLength, Label);

    public override string ToString() => $"{Address}/{PrefixLength}";
}
