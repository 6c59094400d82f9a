using System.Net;

namespace ConfigAgent.IntegrationTests.Lab;

internal sealed record IpJsonAddress(string Interface, int Index, IPAddress Address, int PrefixLength, string Scope, string? Label);
