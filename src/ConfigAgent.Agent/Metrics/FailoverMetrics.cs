using System.Globalization;
using System.Text;
using ConfigAgent.Failover;

namespace ConfigAgent.Agent.Metrics;

/// <summary>
/// The failover groups in the textfile: this host's VRRP state, whether it holds the VIP, whether
/// keepalived runs the current configuration, and each kind of drift, every series labelled by the
/// group (interface/router id, unique on the host) and its first VIP (unique in the fleet), so
/// that one query over the fleet finds a group with two masters or none (README).
/// </summary>
internal static class FailoverMetrics
{
    public static readonly IReadOnlyList<string> States = ["master", "backup", "fault", "init", FailoverStatus.Down, FailoverStatus.Unknown];

    public static void Append(StringBuilder text, IReadOnlyList<FailoverGroupStatus> groups)
    {
        Header(text, "configagent_vrrp_state", "This host's VRRP state in each failover group: 1 for the state it is in (master, backup, fault, init; down when keepalived does not run, unknown when it cannot be read).");
        foreach (var group in groups)
        {
            foreach (var state in States)
            {
                Sample(text, "configagent_vrrp_state", group, ("state", state), group.State == state ? 1 : 0);
            }
        }

        Header(text, "configagent_vrrp_holds_vip", "1 when this host holds every VIP of the failover group (read from the kernel, not from keepalived).");
        foreach (var group in groups)
        {
            Sample(text, "configagent_vrrp_holds_vip", group, null, group.HoldsVip ? 1 : 0);
        }

        Header(text, "configagent_vrrp_configuration_current", "1 when keepalived runs the configuration ConfigAgent renders for the group, 0 when it runs another (absent when it cannot be told).");
        foreach (var group in groups.Where(g => g.ConfigurationCurrent is not null))
        {
            Sample(text, "configagent_vrrp_configuration_current", group, null, group.ConfigurationCurrent == true ? 1 : 0);
        }

        Header(text, "configagent_vrrp_drift", "1 for each kind of drift the failover group shows on this host (split_brain, master_without_vip, keepalived_down, configuration_not_current); keepalived's to fix, never repaired.");
        foreach (var group in groups)
        {
            foreach (var kind in FailoverDrift.Kinds)
            {
                Sample(text, "configagent_vrrp_drift", group, ("kind", kind), group.Drift.Any(d => d.Kind == kind) ? 1 : 0);
            }
        }
    }

    private static void Header(StringBuilder text, string name, string help)
    {
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n');
        text.Append("# TYPE ").Append(name).Append(" gauge\n");
    }

    private static void Sample(StringBuilder text, string name, FailoverGroupStatus group, (string Name, string Value)? extra, int value)
    {
        var vip = group.Vips.Count > 0 ? group.Vips[0][..group.Vips[0].IndexOf('/', StringComparison.Ordinal)] : "";
        text.Append(name).Append("{group=\"").Append(Escape(group.Group)).Append("\",vip=\"").Append(Escape(vip)).Append('"');
        if (extra is { } label)
        {
            text.Append(',').Append(label.Name).Append("=\"").Append(Escape(label.Value)).Append('"');
        }

        text.Append("} ").Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
