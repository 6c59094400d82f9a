using System.Net;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Dsr;

/// <summary>
/// Direct Server Return end to end: the client routes the VIP to one real server's address, so
/// its packets reach that server's MAC as a one-arm balancer would forward them, and the answer
/// comes straight back from the VIP.
/// </summary>
public sealed class DsrForwardingTests : IDisposable
{
    private const int Port = 8080;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private static readonly IPEndPoint Service = new(DsrLab.Vip, Port);

    private readonly DsrLab _lab;

    public DsrForwardingTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new DsrLab();
    }

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void Traffic_forwarded_to_either_real_server_is_answered_from_the_vip()
    {
        var document = _lab.Document("realserver", DsrDocuments.RealServer);
        _lab.Rs1.Apply(document).Expect(0);
        _lab.Rs2.Apply(document).Expect(0);
        using var rs1 = TcpEchoListener.Open(_lab.Rs1.Namespace, Port);
        using var rs2 = TcpEchoListener.Open(_lab.Rs2.Namespace, Port);

        RouteVipVia(_lab.Rs1, "add");
        AssertServed(rs1, rs2, "hello rs1");

        RouteVipVia(_lab.Rs2, "replace");
        AssertServed(rs2, rs1, "hello rs2");
    }

    [Fact]
    public void Without_the_vip_a_real_server_drops_what_is_forwarded_to_it()
    {
        RouteVipVia(_lab.Rs1, "add");

        Assert.Null(Ping.Echo(_lab.Client, DsrLab.Vip, TimeSpan.FromMilliseconds(600)));
        Assert.Equal(_lab.Rs1.Address, Ping.Echo(_lab.Client, _lab.Rs1.Address, Timeout));
    }

    private void RouteVipVia(RealServer server, string verb) =>
        _lab.Client.Ip("route", verb, DsrLab.VipText + "/32", "via", server.Address.ToString());

    private void AssertServed(TcpEchoListener serving, TcpEchoListener other, string message)
    {
        Assert.Equal(DsrLab.Vip, Ping.Echo(_lab.Client, DsrLab.Vip, Timeout));

        var trip = TcpProbe.RoundTrip(_lab.Client, Service, serving, message, Timeout);

        Assert.Equal(message, trip.Echo);
        Assert.Equal(Service, trip.ClientPeer);
        Assert.Equal(Service, trip.ServerLocal);
        Assert.False(other.HasPendingConnection, "the connection reached the server the VIP is not routed to");
    }
}
