using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Observation;

namespace ConfigAgent.Graph;

/// <summary>
/// A primitive resource of one platform: a stable id, what it must be, and a test against the
/// observed facts that says why it is out of sync. Setting is the platform executor's job.
/// </summary>
public abstract class Resource
{
    public abstract ResourceId Id { get; }

    public abstract Ensure Ensure { get; }

    public abstract ResourceSide Side { get; }

    /// <summary>What the resource is, for humans: "sysctl net.ipv4.conf.all.arp_ignore".</summary>
    public abstract string Title { get; }

    /// <summary>The resource with the state it must have: "sysctl net.ipv4.conf.all.arp_ignore = 1".</summary>
    public virtual string Summary => Title;

    /// <summary>Tie-break for the apply order between unrelated resources: lower goes first.</summary>
    public abstract int Rank { get; }

    /// <summary>Where the resource comes from: a YAML node, a default, or the ledger.</summary>
    public required SourceSpan Origin { get; init; }

    /// <summary>Why the resource exists ("DSR VIP", "ARP policy for the DSR VIPs").</summary>
    public required string Purpose { get; init; }

    /// <summary>Adds what this resource's test will look at.</summary>
    public abstract void Scope(ObservationScope scope);

    /// <summary>Null when the host already is as desired; otherwise the change that converges it.</summary>
    public abstract Change? Test(HostFacts facts);

    public override string ToString() => Id.Value;
}
