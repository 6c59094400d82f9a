using ConfigAgent.Failover;
using ConfigAgent.Persistence;

namespace ConfigAgent.Platforms.Linux.Keepalived;

/// <summary>
/// Renders /etc/keepalived/keepalived.conf from a host's failover groups, with the template
/// linux/keepalived.conf (the one place that knows the file's syntax). Every value was
/// validated to its type when the document was read: addresses, interface names, hostnames.
/// </summary>
internal static class KeepalivedConfiguration
{
    public const string Template = "linux/keepalived.conf";

    /// <summary>The first line of every file ConfigAgent renders: how it knows its own file.</summary>
    public const string Header = "# Managed by ConfigAgent";

    public static string Render(ITemplateRenderer templates, IReadOnlyList<VrrpInstance> instances) =>
        templates.Render(Template, new Dictionary<string, object?>
        {
            ["instances"] = instances.Select(Model).ToList(),
        });

    private static Dictionary<string, object?> Model(VrrpInstance instance)
    {
        var group = instance.Group;
        return new Dictionary<string, object?>
        {
            ["name"] = instance.KeepalivedName,
            ["interface"] = instance.Interface,
            ["router_id"] = group.RouterId,
            ["priority"] = instance.Priority,
            ["advert_interval"] = group.AdvertInterval,
            ["preempt"] = group.Preempt,
            ["unicast"] = group.Peering == Documents.FailoverPeering.Unicast,
            ["source"] = instance.Self.Address.ToString(),
            ["self"] = instance.Self.Host,
            ["peers"] = instance.Peers.Select(p => p.Address.ToString()).ToList(),
            ["members"] = group.DescribeMembers(),
            ["track"] = group.TrackInterfaces.Count == 0 ? null : group.TrackInterfaces.ToList(),
            ["garp_count"] = group.Garp.Count,
            ["garp_repeat_after"] = group.Garp.RepeatAfter,
            ["garp_refresh"] = group.Garp.Refresh,
            ["vip_list"] = string.Join(", ", instance.Vips.Select(v => v.Address.ToString())),
            ["vips"] = instance.Vips.Select(v => new Dictionary<string, object?>
            {
                ["address"] = v.Address.ToString(),
                ["interface"] = v.Interface,
                ["label"] = v.Label,
            }).ToList(),
        };
    }
}
