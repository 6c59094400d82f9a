using System.Text;
using ConfigAgent.Failover;

namespace ConfigAgent.Output;

/// <summary>The failover groups of a host as the plan and `status` print them: one line per group, then its drift and notes.</summary>
public static class FailoverText
{
    public const string Heading = "Failover (VIPs keepalived moves: observed, never changed by ConfigAgent)";

    /// <param name="warn">Colours the drift label; the identity when there is no colour.</param>
    public static void Append(StringBuilder text, IReadOnlyList<FailoverGroupStatus> groups, string indent, Func<string, string>? warn = null)
    {
        warn ??= s => s;
        foreach (var group in groups)
        {
            text.Append(indent).Append(Line(group)).Append('\n');
            foreach (var drift in group.Drift)
            {
                text.Append(indent).Append("  ").Append(warn($"drift ({drift.Kind}): ")).Append(drift.Message).Append('\n');
            }

            foreach (var note in group.Notes)
            {
                text.Append(indent).Append("  note: ").Append(note).Append('\n');
            }
        }
    }

    /// <summary>"eth0/51 172.26.7.100/24: master, holds the VIP (priority 150)".</summary>
    public static string Line(FailoverGroupStatus group)
    {
        var line = new StringBuilder();
        line.Append(group.Group).Append(' ').Append(string.Join(", ", group.Vips)).Append(": ").Append(group.State)
            .Append(group.HoldsVip ? ", holds the VIP" : ", does not hold the VIP");
        if (group.OtherHolders.Count > 0)
        {
            line.Append(group.HoldsVip ? "; also answered by " : "; held by ").Append(string.Join(", ", group.OtherHolders));
        }

        line.Append(" (priority ").Append(group.Priority.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(')');
        if (group.ConfigurationCurrent == false)
        {
            line.Append(", configuration not current");
        }

        return line.ToString();
    }
}
