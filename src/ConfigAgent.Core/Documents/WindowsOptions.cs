using ConfigAgent.Diagnostics;

namespace ConfigAgent.Documents;

/// <summary>Windows specifics: the loopback adapter that holds DSR VIPs and the NICs that receive for it.</summary>
/// <param name="LoopbackAdapter">The Microsoft loopback adapter's connection name.</param>
/// <param name="CreateLoopback">Create the adapter (devcon/pnputil) when it is missing, instead of failing with instructions.</param>
/// <param name="Nics">Adapters that receive traffic for the VIPs: weak host receive is enabled on them.</param>
/// <param name="Metric">The loopback's interface metric (the seed sets 254 so it never wins a route).</param>
public sealed record WindowsOptions(string? LoopbackAdapter, bool? CreateLoopback, IReadOnlyList<string> Nics, int? Metric, SourceSpan Span)
{
    public const string DefaultLoopbackAdapter = "Loopback";

    public const int DefaultMetric = 254;
}
