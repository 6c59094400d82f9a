using ConfigAgent.Documents;

namespace ConfigAgent.Selection;

/// <summary>Decides which documents apply to a host, and which documents could meet on one.</summary>
public static class HostSelection
{
    public static bool Matches(HostSelector selector, HostIdentity host) => Mismatch(selector, host) is null;

    /// <summary>Why <paramref name="selector"/> does not select <paramref name="host"/>, or null when it does.</summary>
    public static string? Mismatch(HostSelector selector, HostIdentity host)
    {
        if (selector.Names.Count > 0)
        {
            var included = selector.Names.Where(p => !HostnamePattern.IsExclusion(p)).ToList();
            if (included.Count > 0 && !included.Any(p => HostnamePattern.Matches(p, host.Hostname)))
            {
                return $"the hostname matches none of {string.Join(", ", included)}";
            }

            if (selector.Names.FirstOrDefault(p => HostnamePattern.IsExclusion(p) && HostnamePattern.Matches(p, host.Hostname)) is { } exclusion)
            {
                return $"excluded by {exclusion}";
            }
        }

        foreach (var (key, value) in selector.Labels)
        {
            if (!host.Labels.TryGetValue(key, out var actual))
            {
                return $"needs label {key}={value}; the host has no label {key}";
            }

            if (actual != value)
            {
                return $"needs label {key}={value}; the host has {key}={actual}";
            }
        }

        return selector.Networks.Count == 0 || selector.Networks.Any(network => host.Addresses.Any(network.Contains))
            ? null
            : $"no address of the host is in {string.Join(", ", selector.Networks)}";
    }

    /// <summary>
    /// False only when no host can match both selectors: disjoint hostname patterns (an
    /// exclusion of one covering the other's pattern counts), or different values for one label. Used to check conflicts between documents without an inventory.
    /// </summary>
    public static bool MayOverlap(HostSelector a, HostSelector b)
    {
        foreach (var (key, value) in a.Labels)
        {
            if (b.Labels.TryGetValue(key, out var other) && other != value)
            {
                return false;
            }
        }

        var includedA = a.Names.Where(p => !HostnamePattern.IsExclusion(p)).ToList();
        var includedB = b.Names.Where(p => !HostnamePattern.IsExclusion(p)).ToList();
        if (includedA.Count == 0 || includedB.Count == 0)
        {
            return true;
        }

        var excludedA = a.Names.Where(HostnamePattern.IsExclusion).ToList();
        var excludedB = b.Names.Where(HostnamePattern.IsExclusion).ToList();
        return includedA.Any(pa => includedB.Any(pb =>
            HostnamePattern.MayOverlap(pa, pb)
            && !excludedA.Any(e => HostnamePattern.Covers(e, pb))
            && !excludedB.Any(e => HostnamePattern.Covers(e, pa))));
    }
}
