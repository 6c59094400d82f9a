using System.Globalization;

namespace ConfigAgent.Platforms.Windows.Parsing;

/// <summary>
/// Reads <c>netsh interface ipv4|ipv6 show interface &lt;name&gt;</c>: "Interface X Parameters",
/// a rule, then "Label : value" lines in a fixed order (IfLuid, IfIndex, State, Metric, ...,
/// Weak Host Sends, Weak Host Receives, ...; the same in every sample, IPv4 and IPv6). Labels are
/// read in English; when they are not found (a localized Windows) the fields are taken by their
/// position, 4th for the metric, 19th and 20th for weak host sends and receives, and accepted only
/// when the values read as a number and as enabled/disabled.
/// </summary>
internal static class NetshInterfaceDetailParser
{
    private const int MetricPosition = 3;
    private const int WeakHostSendsPosition = 18;
    private const int WeakHostReceivesPosition = 19;

    public static NetshInterfaceDetail Parse(string output)
    {
        var fields = NetshText.Lines(output)
            .Where(l => l.Contains(" : ", StringComparison.Ordinal))
            .Select(NetshText.Field)
            .OfType<(string Label, string Value)>()
            .ToList();
        string? Labelled(string label) => fields.FirstOrDefault(f => f.Label.Equals(label, StringComparison.OrdinalIgnoreCase)).Value;
        string? At(int position) => position < fields.Count ? fields[position].Value : null;

        var english = fields.Any(f => f.Label.Equals("Weak Host Sends", StringComparison.OrdinalIgnoreCase));
        var metric = english ? Labelled("Metric") : At(MetricPosition);
        var sends = english ? Labelled("Weak Host Sends") : At(WeakHostSendsPosition);
        var receives = english ? Labelled("Weak Host Receives") : At(WeakHostReceivesPosition);
        return new NetshInterfaceDetail(
            int.TryParse(metric, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null,
            OnOff(sends),
            OnOff(receives));
    }

    private static string? OnOff(string? value) => value?.ToLowerInvariant() is "enabled" or "disabled" ? value.ToLowerInvariant() : null;
}
