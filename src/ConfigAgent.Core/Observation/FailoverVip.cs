using System.Net;

namespace ConfigAgent.Observation;

/// <summary>A failover VIP to observe: on <paramref name="Interface"/>, asked about in the name of <paramref name="Source"/>, this host's own address there.</summary>
public sealed record FailoverVip(string Interface, IPAddress Address, IPAddress Source);
