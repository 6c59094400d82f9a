using ConfigAgent.Documents;
using ConfigAgent.Failover;
using Scriban.Runtime;

namespace ConfigAgent.Platforms.Templates;

/// <summary>
/// <c>linux/keepalived.conf</c>: keepalived's configuration for a host's failover groups. The
/// template sees <c>instances</c>, one per group, each with <c>name</c>
/// (configagent_eth0_51), <c>interface</c>, <c>router_id</c>, <c>priority</c>,
/// <c>advert_interval</c>, <c>preempt</c>, <c>unicast</c>, <c>source</c> (this host's address),
/// <c>self</c> (its hostname), <c>peers</c> (the other members' addresses), <c>members</c> and
/// <c>vip_list</c> (text for the comment), <c>track</c> (interface names), <c>garp_count</c>,
/// <c>garp_repeat_after</c>, <c>garp_refresh</c>, and <c>vips</c> (<c>address</c> 172.26.7.100/24,
/// <c>interface</c>, <c>label</c> or null).
/// </summary>
internal static class KeepalivedConfTemplate
{
    public const string Name = "linux/keepalived.conf";

    public static string Render(TemplateSet templates, IReadOnlyList<VrrpInstance> instances) =>
        templates.Render(Name, new ScriptObject
        {
            ["instances"] = ScriptValues.List(instances, Instance),
        });

    private static ScriptObject Instance(VrrpInstance instance)
    {
        var group = instance.Group;
        return new ScriptObject
        {
            ["name"] = instance.KeepalivedName,
            ["interface"] = instance.Interface,
            ["router_id"] = group.RouterId,
            ["priority"] = instance.Priority,
            ["advert_interval"] = group.AdvertInterval,
            ["preempt"] = group.Preempt,
            ["unicast"] = group.Peering == FailoverPeering.Unicast,
            ["source"] = instance.Self.Address.ToString(),
            ["self"] = instance.Self.Host,
            ["peers"] = ScriptValues.List(instance.Peers, p => p.Address.ToString()),
            ["members"] = group.DescribeMembers(),
            ["vip_list"] = string.Join(", ", instance.Vips.Select(v => v.Address.ToString())),
            ["track"] = ScriptValues.List(group.TrackInterfaces, t => t),
            ["garp_count"] = group.Garp.Count,
            ["garp_repeat_after"] = group.Garp.RepeatAfter,
            ["garp_refresh"] = group.Garp.Refresh,
            ["vips"] = ScriptValues.List(instance.Vips, v => new ScriptObject
            {
                ["address"] = v.Address.ToString(),
                ["interface"] = v.Interface,
                ["label"] = v.Label,
            }),
        };
    }
}
