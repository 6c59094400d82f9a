namespace ConfigAgent.Platforms.Windows.Parsing;

/// <summary>What <c>netsh interface ipv4 show interface &lt;name&gt;</c> says about the parameters ConfigAgent sets.</summary>
/// <param name="WeakHostSends">"enabled" or "disabled"; null when the listing does not show it readably.</param>
internal sealed record NetshInterfaceDetail(int? Metric, string? WeakHostSends, string? WeakHostReceives);
