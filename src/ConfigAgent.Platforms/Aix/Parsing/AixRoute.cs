using ConfigAgent.Documents;

namespace ConfigAgent.Platforms.Aix.Parsing;

/// <summary>A row of AIX <c>netstat -rn</c>: where traffic for a destination goes, with the route's flags (U, G, H, S, b...).</summary>
internal sealed record AixRoute(InterfaceAddress Destination, string Gateway, string Flags, string Interface)
{
    /// <summary>A route to a single address (H); the others are network routes.</summary>
    public bool IsHost => Flags.Contains('H', StringComparison.Ordinal);
}
