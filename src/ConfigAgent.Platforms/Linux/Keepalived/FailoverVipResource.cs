using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Failover;
using ConfigAgent.Graph;
using ConfigAgent.Observation;
using ConfigAgent.Platforms.Resources;

namespace ConfigAgent.Platforms.Linux.Keepalived;

/// <summary>
/// A failover VIP: keepalived's to add, remove and announce, so this resource never changes
/// anything (issue 15: deleting it on the master makes keepalived fail over, adding it on the
/// standby makes a duplicate). It stands in the graph for two reasons: it asks the run to observe
/// keepalived and the VIP's holders, and it keeps its address's id, so that an address
/// ConfigAgent once added there (before the VIP became a failover one) is not removed as "no
/// longer declared" under keepalived's feet. Its state is in the plan's failover section.
/// </summary>
internal sealed class FailoverVipResource(VrrpInstance instance, InterfaceVip vip) : Resource
{
    public override ResourceId Id { get; } = AddressResource.IdOf(vip.Interface, vip.Address);

    public override Ensure Ensure => Ensure.Present;

    public override ResourceSide Side => ResourceSide.Runtime;

    public override string Title => $"failover VIP {vip.Address} on {vip.Interface} (keepalived's, group {instance.Name})";

    public override int Rank => AddressResource.AddressRank;

    public override void Scope(ObservationScope scope) =>
        scope.AddFailoverVip(new FailoverVip(vip.Interface, vip.Address.Address, instance.Self.Address));

    public override Change? Test(HostFacts facts) => null;
}
