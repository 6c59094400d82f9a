using System.Net;
using ConfigAgent.Facts;

namespace ConfigAgent.Selection;

/// <summary>What a host selector looks at: the hostname, its labels and its addresses.</summary>
public sealed record HostIdentity(string Hostname, IReadOnlyDictionary<string, string> Labels, IReadOnlyList<IPAddress> Addresses)
{
    /// <summary>The identity of an observed host: every address of every interface counts.</summary>
    public static HostIdentity Of(HostFacts facts)
    {
        var addresses = new List<IPAddress>();
        foreach (var candidate in facts.Interfaces)
        {
            addresses.AddRange(candidate.Addresses.Select(a => a.Address));
        }

        return new HostIdentity(facts.Hostname, facts.Labels, addresses);
    }
}
