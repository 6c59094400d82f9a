using ConfigAgent.Diagnostics;

namespace ConfigAgent.Documents;

/// <summary>
/// The arp_ignore / arp_announce levels and the interfaces they are set on.
/// </summary>
/// <param name="IsDerived">True when the policy was not written but derived from the DSR VIPs.</param>
public sealed record ArpPolicy(int Ignore, int Announce, IReadOnlyList<string> Interfaces, bool IsDerived, SourceSpan Span)
{
    /// <summary>
    /// The seed's policy for DSR real servers: reply to ARP only for addresses on the receiving
    /// interface (arp_ignore=1) and never source ARP from the VIP (arp_announce=2), on <c>all</c>
    /// (the kernel applies max(all, interface)) and on <c>lo</c>.
    /// </summary>
    public static ArpPolicy DsrDefault(SourceSpan span) => new(1, 2, ["all", "lo"], IsDerived: true, span);

    /// <summary>The kernel parameters this policy sets, interface by interface.</summary>
    public IEnumerable<(SysctlName Name, string Value)> Sysctls()
    {
        foreach (var name in Interfaces)
        {
            yield return (SysctlName.ForInterface("ipv4", name, "arp_ignore"), Ignore.ToString(System.Globalization.CultureInfo.InvariantCulture));
            yield return (SysctlName.ForInterface("ipv4", name, "arp_announce"), Announce.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// Why this policy lets a DSR real server answer ARP for its VIPs, or null when it is safe.
    /// arp_ignore 1, 2 and 8 all refuse to answer for an address held on lo; 0 answers for any
    /// local address and 3 still answers for global-scope ones. arp_announce 2 keeps the VIP out
    /// of the source of the host's own ARP requests (ip-sysctl.rst).
    /// </summary>
    public string? DsrLeak()
    {
        if (Ignore is not (1 or 2 or 8))
        {
            return $"arp.ignore {Ignore} lets the real server answer ARP for its DSR VIPs: use 1 (the seed's value), 2 or 8";
        }

        if (Announce != 2)
        {
            return $"arp.announce {Announce} lets the real server use a DSR VIP as the source of its ARP requests: use 2";
        }

        if (!Interfaces.Contains("all"))
        {
            return "arp.interfaces must include 'all': the kernel applies max(all, interface), so interfaces not listed would still answer ARP for the DSR VIPs";
        }

        return null;
    }
}
