using System.Net;
using ConfigAgent.Diagnostics;

namespace ConfigAgent.Documents;

/// <summary>A member of a failover group: a hostname and its own address on the VIP's interface, where it talks VRRP.</summary>
public sealed record FailoverMember(string Host, IPAddress Address, SourceSpan Span);
