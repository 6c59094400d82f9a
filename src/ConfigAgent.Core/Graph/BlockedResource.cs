using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Observation;

namespace ConfigAgent.Graph;

/// <summary>
/// Something the desired state asks for that this platform cannot do as asked (an IPv6 alias in
/// network-scripts, say): the plan shows it blocked with the reason, and apply will not start.
/// </summary>
public sealed class BlockedResource(ResourceId id, string title, ResourceSide side, string reason) : Resource
{
    public override ResourceId Id { get; } = id;

    public override Ensure Ensure => Ensure.Present;

    public override ResourceSide Side { get; } = side;

    public override string Title { get; } = title;

    public override int Rank => 0;

    public override void Scope(ObservationScope scope)
    {
    }

    public override Change? Test(HostFacts facts) => new(this, ChangeAction.Blocked, null, null, reason);
}
