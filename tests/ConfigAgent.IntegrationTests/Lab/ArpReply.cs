using System.Net;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>An ARP reply as it reached the probe: who claims the address (sender MAC), and when.</summary>
internal sealed record ArpReply(IPAddress Address, string SenderMac, TimeSpan At);
