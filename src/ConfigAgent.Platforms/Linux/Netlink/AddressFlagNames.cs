using System.Collections.Concurrent;
using static ConfigAgent.Platforms.Linux.Interop.IfAddrConstants;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>
/// The names `ip addr` prints for IFA_F_* (linux/if_addr.h). Lists are shared per flag value:
/// a dump of ten thousand addresses holds a handful of distinct values.
/// </summary>
internal static class AddressFlagNames
{
    private const uint KnownFlags = 0xFFF;

    private static readonly (uint Flag, string Name)[] Names =
    [
        (IFA_F_SECONDARY, "secondary"),
        (IFA_F_NODAD, "nodad"),
        (IFA_F_OPTIMISTIC, "optimistic"),
        (IFA_F_DADFAILED, "dadfailed"),
        (IFA_F_HOMEADDRESS, "homeaddress"),
        (IFA_F_DEPRECATED, "deprecated"),
        (IFA_F_TENTATIVE, "tentative"),
        (IFA_F_PERMANENT, "permanent"),
        (IFA_F_MANAGETEMPADDR, "managetempaddr"),
        (IFA_F_NOPREFIXROUTE, "noprefixroute"),
        (IFA_F_MCAUTOJOIN, "mcautojoin"),
        (IFA_F_STABLE_PRIVACY, "stable-privacy"),
    ];

    private static readonly ConcurrentDictionary<uint, IReadOnlyList<string>> Cache = new();

    public static IReadOnlyList<string> Of(uint flags) => Cache.GetOrAdd(flags & KnownFlags, Build);

    private static IReadOnlyList<string> Build(uint flags) =>
        Array.AsReadOnly(Names.Where(n => (flags & n.Flag) != 0).Select(n => n.Name).ToArray());
}
