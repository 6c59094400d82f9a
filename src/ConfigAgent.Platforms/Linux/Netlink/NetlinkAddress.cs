using System.Net;
using System.Net.Sockets;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>An address as RTM_NEWADDR describes it.</summary>
/// <param name="Scope">"global", "site", "link", "host", or the number for any other scope.</param>
/// <param name="Label">IFA_LABEL (IPv4 only): "lo", "lo:0", ...</param>
/// <param name="Flags">IFA_F_* names: "permanent", "secondary", "nodad", "tentative", ...</param>
internal sealed record NetlinkAddress(
    int InterfaceIndex,
    AddressFamily Family,
    IPAddress Address,
    int PrefixLength,
    string Scope,
    string? Label,
    IReadOnlyList<string> Flags)
{
    public bool HasFlag(string name) => Flags.Contains(name, StringComparer.Ordinal);

    public bool Equals(NetlinkAddress? other) =>
        other is not null
        && (InterfaceIndex, Family, PrefixLength, Scope, Label) == (other.InterfaceIndex, other.Family, other.PrefixLength, other.Scope, other.Label)
        && Address.Equals(other.Address)
        && Flags.SequenceEqual(other.Flags, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(InterfaceIndex, Address, PrefixLength);

    public override string ToString() => $"{Address}/{PrefixLength}";
}
