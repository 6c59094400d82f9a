using ConfigAgent.Documents;

namespace ConfigAgent.Facts;

/// <summary>One VRRP instance as the daemon runs it: its state, and the configuration it loaded.</summary>
/// <param name="Priority">The configured (base) priority.</param>
/// <param name="AdvertInterval">Seconds between adverts.</param>
public sealed record VrrpInstanceFacts(
    string Name,
    string Interface,
    int RouterId,
    VrrpState State,
    int Priority,
    int AdvertInterval,
    bool Preempt,
    IReadOnlyList<InterfaceAddress> Vips,
    IReadOnlyList<string> TrackInterfaces,
    GarpSettings Garp);
