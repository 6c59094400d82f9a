using System.Net;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>One TCP exchange: the peer the client was connected to, the server's own endpoint, and the echo.</summary>
internal sealed record TcpRoundTrip(IPEndPoint ClientPeer, IPEndPoint ServerLocal, string Echo);
