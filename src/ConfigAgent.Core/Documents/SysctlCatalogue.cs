namespace ConfigAgent.Documents;

/// <summary>
/// The kernel parameters ConfigAgent knows the range of (Documentation/networking/ip-sysctl.rst).
/// Others are accepted with a warning, as long as their value is a plain word or numbers.
/// </summary>
public static class SysctlCatalogue
{
    /// <summary>arp_ignore: 0-3 and 8 are defined; 4-7 are reserved.</summary>
    public static SysctlRange ArpIgnore { get; } = new(0, 8, Excluded: [4, 5, 6, 7]);

    public static SysctlRange ArpAnnounce { get; } = new(0, 2);

    private static readonly Dictionary<string, SysctlRange> PerInterfaceIPv4 = new(StringComparer.Ordinal)
    {
        ["arp_ignore"] = ArpIgnore,
        ["arp_announce"] = ArpAnnounce,
        ["arp_filter"] = new(0, 1),
        ["arp_accept"] = new(0, 2),
        ["arp_notify"] = new(0, 1),
        ["rp_filter"] = new(0, 2),
        ["accept_local"] = new(0, 1),
        ["route_localnet"] = new(0, 1),
        ["proxy_arp"] = new(0, 1),
        ["send_redirects"] = new(0, 1),
        ["accept_redirects"] = new(0, 1),
        ["forwarding"] = new(0, 1),
    };

    private static readonly Dictionary<string, SysctlRange> PerInterfaceIPv6 = new(StringComparer.Ordinal)
    {
        ["disable_ipv6"] = new(0, 1),
        ["forwarding"] = new(0, 1),
        ["accept_dad"] = new(0, 2),
        ["dad_transmits"] = new(0, 255),
        ["accept_ra"] = new(0, 2),
    };

    private static readonly Dictionary<string, SysctlRange> Global = new(StringComparer.Ordinal)
    {
        ["net.ipv4.ip_forward"] = new(0, 1),
        ["net.ipv4.ip_nonlocal_bind"] = new(0, 1),
        ["net.ipv6.ip_nonlocal_bind"] = new(0, 1),
        ["net.ipv4.ip_local_port_range"] = new(1, 65535, Fields: 2),
        ["net.core.somaxconn"] = new(0, int.MaxValue),
        ["net.ipv4.tcp_syncookies"] = new(0, 2),
        ["net.ipv4.conf.all.promote_secondaries"] = new(0, 1),
    };

    /// <summary>The range of a known parameter, or null when ConfigAgent does not know it.</summary>
    public static SysctlRange? Find(SysctlName name)
    {
        if (Global.TryGetValue(name.Text, out var global))
        {
            return global;
        }

        if (name.InterfaceIndex < 0 || name.Segments[2] != "conf")
        {
            return null;
        }

        var table = name.Segments[1] == "ipv4" ? PerInterfaceIPv4 : PerInterfaceIPv6;
        return table.GetValueOrDefault(name.Segments[^1]);
    }

    /// <summary>
    /// Normalises a value the way the kernel prints it (fields separated by single spaces; the
    /// kernel writes tabs for multi-field values) and checks its characters: values end up in
    /// files, so only plain words and numbers are accepted.
    /// </summary>
    public static string? Normalize(string raw, out string error)
    {
        var fields = raw.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 0)
        {
            error = "a sysctl value cannot be empty";
            return null;
        }

        foreach (var field in fields)
        {
            if (!field.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or ':' or ',' or '/' or '+' or '-' or '=' or '@' or '%'))
            {
                error = $"sysctl value '{raw}' contains a character ConfigAgent will not write into files (letters, digits and _ . : , / + - = @ % only)";
                return null;
            }
        }

        error = "";
        return string.Join(' ', fields);
    }

    /// <summary>A value as read from /proc/sys ("32768\t60999\n") in the form documents use ("32768 60999").</summary>
    public static string Canonical(string raw) => string.Join(' ', Fields(raw));

    private static string[] Fields(string raw) => raw.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
}
