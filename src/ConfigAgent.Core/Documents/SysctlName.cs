namespace ConfigAgent.Documents;

/// <summary>
/// A kernel parameter name in sysctl(8)'s dotted form. An interface segment keeps its own dots
/// written as '/' (<c>net.ipv4.conf.eth0/100.arp_ignore</c> is /proc/sys/net/ipv4/conf/eth0.100/arp_ignore).
/// </summary>
public sealed record SysctlName
{
    private static readonly string[] Roots = ["net", "kernel", "vm", "fs", "dev", "abi", "user", "sunrpc", "crypto", "debug"];

    private SysctlName(string text, string[] segments, int interfaceIndex)
    {
        Text = text;
        Segments = segments;
        InterfaceIndex = interfaceIndex;
    }

    /// <summary>The dotted name, as written in sysctl.conf.</summary>
    public string Text { get; }

    /// <summary>The path segments under /proc/sys, the interface segment decoded (eth0.100).</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>The index of the interface segment (conf and neigh trees), or -1.</summary>
    public int InterfaceIndex { get; }

    public string? Interface => InterfaceIndex < 0 ? null : Segments[InterfaceIndex];

    /// <summary>The path relative to /proc/sys.</summary>
    public string ProcPath => string.Join('/', Segments);

    public override string ToString() => Text;

    /// <summary>The name of the same parameter for another interface (<c>all</c>, <c>lo</c>, ...).</summary>
    public static SysctlName ForInterface(string family, string interfaceName, string parameter)
    {
        var text = $"net.{family}.conf.{interfaceName.Replace('.', '/')}.{parameter}";
        return TryParse(text, out var name, out var error) ? name : throw new ArgumentException(error, nameof(interfaceName));
    }

    public static bool TryParse(string text, out SysctlName name, out string error)
    {
        name = null!;
        if (text.Contains('/', StringComparison.Ordinal) && !text.Contains('.', StringComparison.Ordinal))
        {
            error = $"sysctl name '{text}' uses '/' as separator: write it with dots ({text.Replace('/', '.')})";
            return false;
        }

        var parts = text.Split('.');
        if (parts.Length < 2 || parts.Any(p => p.Length == 0))
        {
            error = $"'{text}' is not a sysctl name (dotted segments such as net.ipv4.ip_forward)";
            return false;
        }

        if (!Roots.Contains(parts[0]))
        {
            error = $"sysctl name '{text}' does not start with a known tree ({string.Join(", ", Roots)})";
            return false;
        }

        // net.ipv4.conf.<iface>.x, net.ipv6.conf.<iface>.x and the neigh trees name an interface.
        var perInterface = parts.Length >= 5 && parts[0] == "net" && parts[1] is "ipv4" or "ipv6" && parts[2] is "conf" or "neigh";
        if (perInterface && parts.Length > 5)
        {
            var suggestion = $"net.{parts[1]}.{parts[2]}.{string.Join('/', parts[3..^1])}.{parts[^1]}";
            error = $"sysctl name '{text}' has too many segments: an interface name with dots is written with '/' ({suggestion})";
            return false;
        }

        var interfaceIndex = parts.Length == 5 && parts[0] == "net" && parts[1] is "ipv4" or "ipv6" && parts[2] is "conf" or "neigh" ? 3 : -1;
        var segments = new string[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (i == interfaceIndex)
            {
                var interfaceName = parts[i].Replace('/', '.');
                if (interfaceName is not ("all" or "default") && InterfaceNames.Problem(interfaceName) is { } problem)
                {
                    error = $"sysctl name '{text}': {problem}";
                    return false;
                }

                segments[i] = interfaceName;
                continue;
            }

            if (!parts[i].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                error = $"sysctl name '{text}' has an invalid segment '{parts[i]}' (letters, digits, '_' and '-' only)";
                return false;
            }

            segments[i] = parts[i];
        }

        name = new SysctlName(text, segments, interfaceIndex);
        error = "";
        return true;
    }

    public bool Equals(SysctlName? other) => other is not null && other.Text == Text;

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
}
