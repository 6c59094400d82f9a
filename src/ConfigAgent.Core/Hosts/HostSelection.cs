using ConfigAgent.Documents;

namespace ConfigAgent.Hosts;

/// <summary>Decides which documents apply to a host, and which documents could meet on one.</summary>
public static class HostSelection
{
    public static bool Matches(HostSelector selector, HostIdentity host)
    {
        if (selector.Names.Count > 0)
        {
            var included = selector.Names.Where(p => !HostnamePattern.IsExclusion(p)).ToList();
            var inByName = included.Count == 0 || included.Any(p => HostnamePattern.Matches(p, host.Hostname));
            var excluded = selector.Names.Any(p => HostnamePattern.IsExclusion(p) && HostnamePattern.Matches(p, host.Hostname));
            if (!inByName || excluded)
            {
                return false;
            }
        }

        foreach (var (key, value) in selector.Labels)
        {
            if (!host.Labels.TryGetValue(key, out var actual) || actual != value)
            {
                return false;
            }
        }

        return selector.Networks.Count == 0
            || selector.Networks.Any(network => host.Addresses.Any(network.Contains));
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
